import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import {
  activitySignupsStream,
  type Actor,
  isExited,
  NotFound,
  RuleViolation,
  signupsDecider,
  teamDecider,
  teamStream,
  volunteerDecider,
  volunteerStream,
} from '@ledger/domain';
import { VolunteersReadModel } from '@ledger/projections';
import type { CommandContext } from '../ledger/command-context';
import { READ_MODEL_DB } from '../ledger-core.module';
import { stepContext } from './step-context';
import { AccessDenied, assertRegion, assertRole } from '../access/access-policy';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { loadActivityFacts } from '../journey/activity-facts';
import { ExitVolunteerCommand, RejoinVolunteerCommand, type ServiceStatus } from './exit-volunteer.command';

/** Who ends or resumes a volunteer's service: the volunteer's own account, or an administrator of its region. */
export function assertCanExitVolunteer(actor: Actor, volunteerId: string, volunteerRegion: string): void {
  if (actor.role === 'volunteer') {
    if (actor.volunteerId !== volunteerId) throw new AccessDenied('a volunteer account acts only for itself');
    return;
  }
  assertRole(actor, 'admin');
  assertRegion(actor, volunteerRegion);
}

/** What a team's member list says when a volunteer leaves it by exiting (staff's reason added). */
export const EXIT_TEAM_REASON = '志愿者退出服务';

/** Refusals that mean a sign-up is not withdrawn: already ended, the activity has begun, or the volunteer came. */
const SIGNUP_ALREADY_SETTLED = new Set(['SIGNUP_WRONG_STATUS', 'ACTIVITY_STARTED', 'ALREADY_CHECKED_IN']);

abstract class ServiceStatusHandler {
  private teamsOf?: Database.Statement<[string], { team_id: string }>;
  private openSignupsOf?: Database.Statement<[string], { signup_id: string; activity_id: string }>;

  constructor(
    protected readonly runner: DeciderRunner,
    protected readonly volunteers: VolunteersReadModel,
    protected readonly db: Database.Database,
  ) {}

  /**
   * An exited volunteer leaves its teams (PRODUCT.md): each team records TeamMemberExited. Run again
   * (exiting twice), it finishes what a crash left; a team it already left is skipped.
   */
  protected async leaveTeams(
    volunteerId: string,
    reason: string | null,
    context: CommandContext,
  ): Promise<void> {
    this.teamsOf ??= this.db.prepare(
      "SELECT team_id FROM org_team_members WHERE volunteer_id = ? AND status = 'current' ORDER BY team_id",
    );
    for (const { team_id: teamId } of this.teamsOf.all(volunteerId)) {
      const step = stepContext(context, `exit-team-${teamId}`);
      try {
        await this.runner.handle(
          teamDecider,
          teamStream(teamId),
          {
            type: 'ExitTeam',
            data: {
              teamId,
              volunteerId,
              // The team's reason holds at most 500 characters, as the exit's does: cut to fit.
              reason: reason
                ? [...`${EXIT_TEAM_REASON}：${reason}`].slice(0, 500).join('')
                : EXIT_TEAM_REASON,
            },
            metadata: commandMetadata(step),
          },
          step,
        );
      } catch (error) {
        if (!(error instanceof RuleViolation && error.code === 'NOT_A_MEMBER')) throw error;
      }
    }
  }

  /**
   * An exited volunteer leaves its sign-ups too (PRODUCT.md): each one still open (pending, accepted,
   * waitlisted) for an activity that has not begun is withdrawn on the activity's sign-up stream, so
   * its place goes to the first in line. Run again, it finishes what a crash left.
   */
  protected async leaveSignups(
    volunteerId: string,
    reason: string | null,
    context: CommandContext,
  ): Promise<void> {
    this.openSignupsOf ??= this.db.prepare(
      `SELECT signup_id, activity_id FROM journey_signups
       WHERE volunteer_id = ? AND status IN ('pending', 'accepted', 'waitlisted') ORDER BY signup_id`,
    );
    for (const { signup_id: signupId, activity_id: activityId } of this.openSignupsOf.all(volunteerId)) {
      const step = stepContext(context, `exit-signup-${signupId}`);
      try {
        const activity = await loadActivityFacts(this.runner, activityId);
        await this.runner.handle(
          signupsDecider,
          activitySignupsStream(activityId),
          {
            type: 'WithdrawSignup',
            data: {
              signupId,
              activity,
              reason: reason
                ? [...`${EXIT_TEAM_REASON}：${reason}`].slice(0, 500).join('')
                : EXIT_TEAM_REASON,
            },
            metadata: commandMetadata(step),
          },
          step,
        );
      } catch (error) {
        if (!(error instanceof RuleViolation && SIGNUP_ALREADY_SETTLED.has(error.code))) throw error;
      }
    }
  }

  protected async run(
    command: ExitVolunteerCommand | RejoinVolunteerCommand,
    type: 'ExitVolunteer' | 'RejoinVolunteer',
  ): Promise<{ status: ServiceStatus; revision: number }> {
    const { volunteerId, context, expectedRevision } = command;
    const row = this.volunteers.findById(volunteerId);
    if (!row) throw new NotFound('volunteer', volunteerId);
    assertCanExitVolunteer(context.actor, volunteerId, row.region_code);
    const data =
      type === 'ExitVolunteer'
        ? { volunteerId, reason: (command as ExitVolunteerCommand).reason }
        : { volunteerId };
    const result = await this.runner.handle(
      volunteerDecider,
      volunteerStream(volunteerId),
      { type, data, metadata: commandMetadata(context) } as Parameters<typeof volunteerDecider.decide>[0],
      context,
      { expectedRevision },
    );
    const exited = isExited(result.state);
    if (exited && type === 'ExitVolunteer') {
      const reason = (command as ExitVolunteerCommand).reason?.trim() || null;
      await this.leaveTeams(volunteerId, reason, context);
      await this.leaveSignups(volunteerId, reason, context);
    }
    return { status: exited ? 'exited' : 'active', revision: result.revision };
  }
}

@CommandHandler(ExitVolunteerCommand)
export class ExitVolunteerHandler
  extends ServiceStatusHandler
  implements ICommandHandler<ExitVolunteerCommand>
{
  constructor(
    runner: DeciderRunner,
    volunteers: VolunteersReadModel,
    @Inject(READ_MODEL_DB) db: Database.Database,
  ) {
    super(runner, volunteers, db);
  }

  execute(command: ExitVolunteerCommand): Promise<{ status: ServiceStatus; revision: number }> {
    return this.run(command, 'ExitVolunteer');
  }
}

@CommandHandler(RejoinVolunteerCommand)
export class RejoinVolunteerHandler
  extends ServiceStatusHandler
  implements ICommandHandler<RejoinVolunteerCommand>
{
  constructor(
    runner: DeciderRunner,
    volunteers: VolunteersReadModel,
    @Inject(READ_MODEL_DB) db: Database.Database,
  ) {
    super(runner, volunteers, db);
  }

  execute(command: RejoinVolunteerCommand): Promise<{ status: ServiceStatus; revision: number }> {
    return this.run(command, 'RejoinVolunteer');
  }
}
