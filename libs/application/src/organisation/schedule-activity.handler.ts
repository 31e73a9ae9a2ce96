import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  activityDecider,
  activityStream,
  CAMPAIGN_CALENDAR,
  needDecider,
  needStream,
  NotFound,
  organisationIdFor,
  regionsNest,
  ValidationFailed,
} from '@ledger/domain';
import { assertRegion } from '../access/access-policy';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { assertMayAct, ORGANISER_ROLES } from './organisation-access';
import { OrganisationReferences } from './organisation-references';
import { type ActivityView, activityViewOf } from './organisation.views';
import { ScheduleActivityCommand } from './schedule-activity.command';
import { stepContext } from '../volunteering/step-context';

@CommandHandler(ScheduleActivityCommand)
export class ScheduleActivityHandler implements ICommandHandler<ScheduleActivityCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly references: OrganisationReferences,
  ) {}

  async execute({
    input,
    context,
  }: ScheduleActivityCommand): Promise<{ activity: ActivityView; revision: number }> {
    assertMayAct(context.actor, ORGANISER_ROLES, input.regionCode);
    const activityId = organisationIdFor('activity', context.commandId);
    const project = await this.references.project(input.projectId);
    const station = input.stationId ? (await this.references.station(input.stationId)).state : null;
    const needId = input.needId ?? null;
    if (needId !== null) await this.requireNeedToLink(needId, activityId, input.regionCode, context);
    const recruitmentTeams = [];
    if (input.recruitment?.audience === 'teams') {
      for (const teamId of new Set(input.recruitment.teamIds ?? [])) {
        recruitmentTeams.push({ teamId, regionCode: (await this.references.team(teamId)).state.regionCode });
      }
    }
    const result = await this.runner.handle(
      activityDecider,
      activityStream(activityId),
      {
        type: 'ScheduleActivity',
        data: {
          activityId,
          project: { projectId: project.projectId, pilotId: project.pilotId, regionCode: project.regionCode },
          title: input.title,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          regionCode: input.regionCode,
          station: station ? { stationId: station.stationId, regionCode: station.regionCode } : null,
          recruitment: input.recruitment ?? null,
          recruitmentTeams,
        },
        metadata: commandMetadata(context),
      },
      context,
      // The campaigns an activity falls in come from this version of the calendar.
      { ruleVersion: CAMPAIGN_CALENDAR.version },
    );
    if (result.state.status === 'none')
      throw new Error(`activity ${activityId}: scheduling produced no event`);
    if (needId !== null) {
      const link = stepContext(context, 'need-activity-link');
      await this.runner.handle(
        needDecider,
        needStream(needId),
        { type: 'LinkNeedActivity', data: { needId, activityId }, metadata: commandMetadata(link) },
        link,
      );
    }
    return { activity: activityViewOf(result.state), revision: result.revision };
  }

  /** The need exists, lies in the caller's region and may take an activity (NEED_WRONG_STATUS otherwise). */
  private async requireNeedToLink(
    needId: string,
    activityId: string,
    activityRegion: string,
    context: ScheduleActivityCommand['context'],
  ) {
    const need = await this.runner.current(needDecider, needStream(needId));
    if (need.state.status === 'none') throw new NotFound('need', needId);
    assertRegion(context.actor, need.state.regionCode);
    // The activity serves the need where it was asked for: in its region, or a region containing it.
    if (!regionsNest(activityRegion, need.state.regionCode)) {
      throw new ValidationFailed([
        {
          field: 'needId',
          message: `need ${needId} is of region ${need.state.regionCode}, not of the activity's`,
        },
      ]);
    }
    needDecider.decide(
      { type: 'LinkNeedActivity', data: { needId, activityId }, metadata: commandMetadata(context) },
      need.state,
    );
  }
}
