import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { activityDecider, activityStream, CAMPAIGN_CALENDAR, organisationIdFor } from '@ledger/domain';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { assertMayAct, ORGANISER_ROLES } from './organisation-access';
import { OrganisationReferences } from './organisation-references';
import { type ActivityView, activityViewOf } from './organisation.views';
import { ScheduleActivityCommand } from './schedule-activity.command';

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
    return { activity: activityViewOf(result.state), revision: result.revision };
  }
}
