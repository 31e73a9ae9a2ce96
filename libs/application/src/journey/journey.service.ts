import { Injectable } from '@nestjs/common';
import {
  type Actor,
  activityDecider,
  activitySignupsStream,
  activityStream,
  NotFound,
  type Recruitment,
  requireActiveVolunteer,
  type SignupActivityFacts,
  signupIdFor,
  signupsDecider,
  type SignupStatus,
  teamDecider,
  teamStream,
  ValidationFailed,
  volunteerDecider,
  volunteerStream,
} from '@ledger/domain';
import {
  type OpenActivityRow,
  type SignupRow,
  SignupsReadModel,
  type VolunteerSignupRow,
} from '@ledger/projections';
import { AccessDenied, assertRegion, assertRole } from '../access/access-policy';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { assertMayAct, ORGANISER_ROLES, READER_ROLES } from '../organisation/organisation-access';
import { assertCanReadVolunteer } from '../volunteering/volunteer-access';
import { loadActivityFacts } from './activity-facts';
import { volunteerHasExited } from './volunteer-exit-hook';

interface Paging {
  readonly limit: number;
  readonly offset: number;
}

interface PagedRows<T> {
  readonly rows: T[];
  readonly total: number;
}

export interface SignupAnswer {
  readonly id: string;
  readonly status: SignupStatus;
}

/**
 * Recruitment and sign-ups (招募与报名). Every decision reads what it names from the streams (the
 * activity, the volunteer, the teams) and is decided on the activity's sign-up stream with its
 * expected revision (DeciderRunner: load → fold → decide → append, a concurrent write decided again,
 * at most 8 times), so the quota is never exceeded. Reads come from the journey read model.
 */
@Injectable()
export class JourneyService {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly signups: SignupsReadModel,
  ) {}

  /** The activity as its stream has it (404 when it does not exist). */
  activityFacts(activityId: string): Promise<SignupActivityFacts & { revision: number }> {
    return loadActivityFacts(this.runner, activityId);
  }

  /** The teams a recruitment names, as their streams have them (404 for one that does not exist). */
  async teamsOf(
    recruitment: Recruitment | null | undefined,
  ): Promise<{ teamId: string; regionCode: string }[]> {
    const teamIds = recruitment?.audience === 'teams' ? [...new Set(recruitment.teamIds ?? [])] : [];
    const teams = [];
    for (const teamId of teamIds) {
      const { state } = await this.runner.current(teamDecider, teamStream(teamId));
      if (state.status === 'none') throw new NotFound('team', teamId);
      teams.push({ teamId, regionCode: state.regionCode });
    }
    return teams;
  }

  /** PUT /activities/{id}/recruitment: organisers and administrators of the activity's region. */
  async setRecruitment(
    activityId: string,
    recruitment: Recruitment,
    context: CommandContext,
    expectedRevision?: number,
  ): Promise<{ recruitment: Recruitment; revision: number }> {
    const activity = await this.activityFacts(activityId);
    assertMayAct(context.actor, ORGANISER_ROLES, activity.regionCode);
    const result = await this.runner.handle(
      activityDecider,
      activityStream(activityId),
      {
        type: 'SetActivityRecruitment',
        data: { activityId, recruitment, recruitmentTeams: await this.teamsOf(recruitment) },
        metadata: commandMetadata(context),
      },
      context,
      { expectedRevision },
    );
    if (result.state.status === 'none' || !result.state.recruitment)
      throw new Error(`activity ${activityId}: recruitment produced no state`);
    if (result.events.length > 0) {
      // A raised quota opens places: the first in line move up (nothing when none is waiting).
      await this.runner.handle(
        signupsDecider,
        activitySignupsStream(activityId),
        {
          type: 'PromoteFromWaitlist',
          data: { activity: { ...activity, recruitment: result.state.recruitment } },
          metadata: commandMetadata(context),
        },
        context,
      );
    }
    return { recruitment: result.state.recruitment, revision: result.revision };
  }

  /** GET /activities/{id}/recruitment: readers of the region. */
  recruitment(actor: Actor, activityId: string): { recruitment: Recruitment | null; revision: number } {
    const found = this.signups.recruitment(activityId);
    if (!found) throw new NotFound('activity', activityId);
    assertMayAct(actor, READER_ROLES, found.regionCode);
    return { recruitment: found.recruitment, revision: found.revision };
  }

  /**
   * POST /activities/{id}/signups: a volunteer account signs itself up; organisers and
   * administrators of the activity's region name the volunteer.
   */
  async signUp(
    activityId: string,
    volunteerId: string | undefined,
    context: CommandContext,
  ): Promise<SignupAnswer> {
    const { actor } = context;
    const activity = await this.activityFacts(activityId);
    let subject: string;
    if (actor.role === 'volunteer') {
      if (!actor.volunteerId) throw new AccessDenied('this account is not bound to a volunteer');
      if (volunteerId !== undefined && volunteerId !== actor.volunteerId)
        throw new AccessDenied('a volunteer account signs up only itself');
      subject = actor.volunteerId;
    } else {
      assertMayAct(actor, ORGANISER_ROLES, activity.regionCode);
      if (volunteerId === undefined)
        throw new ValidationFailed([
          { field: 'volunteerId', message: 'staff name the volunteer they sign up' },
        ]);
      subject = volunteerId;
    }
    const { state: volunteer } = await this.runner.current(volunteerDecider, volunteerStream(subject));
    const serving = requireActiveVolunteer(volunteer, subject);
    const teamIds: string[] = [];
    if (activity.recruitment?.audience === 'teams') {
      for (const teamId of activity.recruitment.teamIds) {
        const { state } = await this.runner.current(teamDecider, teamStream(teamId));
        if (state.status !== 'none' && state.members.has(subject)) teamIds.push(teamId);
      }
    }
    const signupId = signupIdFor(context.commandId);
    const result = await this.runner.handle(
      signupsDecider,
      activitySignupsStream(activityId),
      {
        type: 'SignUp',
        data: {
          signupId,
          activity,
          volunteer: {
            volunteerId: subject,
            regionCode: serving.regionCode,
            teamIds,
            exited: volunteerHasExited(volunteer),
          },
          // From the read model: two sign-ups of one volunteer racing on two activities may both pass.
          acceptedElsewhere: this.signups.acceptedOf(subject),
        },
        metadata: commandMetadata(context),
      },
      context,
    );
    const signup = result.state.signups.get(signupId);
    if (!signup) throw new Error(`sign-up ${signupId}: no state after the sign-up`);
    return { id: signupId, status: signup.status };
  }

  private async signupAndActivity(signupId: string) {
    const signup = this.signups.signup(signupId);
    if (!signup) throw new NotFound('sign-up', signupId);
    return { signup, activity: await this.activityFacts(signup.activityId) };
  }

  /** POST /signups/{id}/approve and /decline: organisers and administrators of the activity's region. */
  async decide(
    signupId: string,
    decision: { kind: 'approve' } | { kind: 'decline'; reason: string },
    context: CommandContext,
  ): Promise<SignupAnswer> {
    const { signup, activity } = await this.signupAndActivity(signupId);
    assertMayAct(context.actor, ORGANISER_ROLES, activity.regionCode);
    const result = await this.runner.handle(
      signupsDecider,
      activitySignupsStream(activity.activityId),
      decision.kind === 'approve'
        ? {
            type: 'ApproveSignup',
            data: { signupId, activity, acceptedElsewhere: this.signups.acceptedOf(signup.volunteerId) },
            metadata: commandMetadata(context),
          }
        : {
            type: 'DeclineSignup',
            data: { signupId, activity, reason: decision.reason },
            metadata: commandMetadata(context),
          },
      context,
    );
    return { id: signupId, status: result.state.signups.get(signupId)!.status };
  }

  /** POST /signups/{id}/withdraw: the volunteer itself, before the start. */
  async withdraw(signupId: string, reason: string | null, context: CommandContext): Promise<SignupAnswer> {
    const { signup, activity } = await this.signupAndActivity(signupId);
    const { actor } = context;
    assertRole(actor, 'volunteer');
    if (actor.volunteerId !== signup.volunteerId)
      throw new AccessDenied('a volunteer withdraws only its own sign-up');
    const result = await this.runner.handle(
      signupsDecider,
      activitySignupsStream(activity.activityId),
      { type: 'WithdrawSignup', data: { signupId, activity, reason }, metadata: commandMetadata(context) },
      context,
    );
    return { id: signupId, status: result.state.signups.get(signupId)!.status };
  }

  /** The sweep's step for one ended activity: its accepted sign-ups without a check-in become no-shows. */
  async markNoShows(activityId: string, context: CommandContext): Promise<number> {
    const activity = await this.activityFacts(activityId);
    const result = await this.runner.handle(
      signupsDecider,
      activitySignupsStream(activityId),
      { type: 'MarkNoShows', data: { activity }, metadata: commandMetadata(context) },
      context,
    );
    return result.alreadyHandled ? 0 : result.events.length;
  }

  /** GET /activities/{id}/signups: readers of the activity's region. */
  signupsOf(actor: Actor, activityId: string, paging: Paging): PagedRows<SignupRow> {
    const found = this.signups.recruitment(activityId);
    if (!found) throw new NotFound('activity', activityId);
    assertMayAct(actor, READER_ROLES, found.regionCode);
    return this.signups.signupsOf(activityId, paging);
  }

  /** GET /activities/open: a volunteer account, the activities recruiting in its reach. */
  openActivities(actor: Actor, now: Date, paging: Paging): PagedRows<OpenActivityRow> {
    assertRole(actor, 'volunteer');
    if (!actor.volunteerId) throw new AccessDenied('this account is not bound to a volunteer');
    assertRegion(actor, actor.regionCode);
    return this.signups.openFor(
      { volunteerId: actor.volunteerId, regionCode: actor.regionCode },
      now.getTime(),
      paging,
    );
  }

  /**
   * GET /volunteers/{id}/signups: the volunteer itself, and readers of its region. Every sign-up,
   * whether or not its activity still recruits; the latest activity first.
   */
  async signupsOfVolunteer(
    actor: Actor,
    volunteerId: string,
    paging: Paging,
  ): Promise<PagedRows<VolunteerSignupRow>> {
    if (actor.role === 'volunteer') assertCanReadVolunteer(actor, volunteerId, actor.regionCode);
    else {
      const { state } = await this.runner.current(volunteerDecider, volunteerStream(volunteerId));
      if (state.status === 'none') throw new NotFound('volunteer', volunteerId);
      assertCanReadVolunteer(actor, volunteerId, state.regionCode);
    }
    return this.signups.signupsOfVolunteer(volunteerId, paging);
  }
}
