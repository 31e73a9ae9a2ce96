import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  type Actor,
  activityDecider,
  activitySignupsStream,
  activityStream,
  type AttendanceActivityFacts,
  type AttendanceEntry,
  type AttendanceOpener,
  type AttendanceState,
  acceptedSignupOf,
  attendanceDecider,
  attendanceIdFor,
  attendanceSessionIdFor,
  closingCheckOutAt,
  currentAttendanceOf,
  type GeoPoint,
  NotFound,
  openSessionOf,
  type RecordedCheckOut,
  recordWindow,
  requireServingVolunteer,
  RuleViolation,
  stationDecider,
  stationStream,
  stillIn,
  volunteerDecider,
  volunteerStream,
} from '@ledger/domain';
import { AttendanceSessionsReadModel } from '@ledger/projections';
import { AccessDenied, assertRole } from '../access/access-policy';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { deterministicUuid } from '../ledger/ids';
import {
  assertMayAct,
  MANAGER_ROLES,
  ORGANISER_ROLES,
  READER_ROLES,
} from '../organisation/organisation-access';
import { RecordServiceCommand } from '../volunteering/record-service.command';
import type { ServiceRecordResult } from '../volunteering/service-record-changes';
import { AttendanceCodes, type CodePair, invalidCode } from './attendance-codes';

export interface AttendanceSessionAnswer extends CodePair {
  readonly sessionId: string;
}

export interface CheckInAnswer {
  readonly attendanceId: string;
  readonly activityId: string;
  readonly checkedInAt: string;
}

export interface CheckOutAnswer {
  readonly attendanceId: string;
  readonly checkedOutAt: string;
  readonly serviceRecordId: string;
  readonly minutes: number;
}

export interface AttendanceItem {
  readonly volunteerId: string;
  /** The volunteer's sign-up (null: a walk-in). */
  readonly signup: { readonly id: string; readonly status: string } | null;
  readonly attendanceId?: string;
  readonly checkedInAt?: string;
  readonly checkedOutAt?: string;
  readonly minutes?: number;
  readonly serviceRecordId?: string;
  readonly location?: GeoPoint;
  readonly distanceMetres?: number;
  readonly farFromStation?: boolean;
}

/** The service record a check-out writes says so in words a county office reads. */
const RECORD_CONTENT = '现场签到签退';

/**
 * On-site check-in and check-out (签到签退). Decisions are made on the activity's sign-up stream with
 * its expected revision (DeciderRunner), so a volunteer's two check-ins racing from two tabs give
 * exactly one. A check-out first writes the pending service record through RecordService — the same
 * rules as a typed record, recorded by the account that opened the session — then records the
 * check-out; the record's command id derives from the attendance, so a retry writes it once.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly sessions: AttendanceSessionsReadModel,
    private readonly codes: AttendanceCodes,
    private readonly commandBus: CommandBus,
  ) {}

  private async activity(activityId: string): Promise<AttendanceActivityFacts & { regionCode: string }> {
    const { state } = await this.runner.current(activityDecider, activityStream(activityId));
    if (state.status === 'none') throw new NotFound('activity', activityId);
    let station: GeoPoint | null = null;
    if (state.stationId) {
      const found = await this.runner.current(stationDecider, stationStream(state.stationId));
      if (found.state.status !== 'none') station = found.state.coordinates ?? null;
    }
    return {
      activityId,
      regionCode: state.regionCode,
      startsAt: state.startsAt,
      endsAt: state.endsAt,
      walkIns: state.recruitment?.walkIns ?? false,
      station,
    };
  }

  private state(activityId: string): Promise<{ state: AttendanceState; revision: number }> {
    return this.runner.current(attendanceDecider, activitySignupsStream(activityId));
  }

  /** POST /activities/{id}/attendance: organisers and administrators of the activity's region. */
  async open(activityId: string, context: CommandContext): Promise<AttendanceSessionAnswer> {
    const activity = await this.activity(activityId);
    assertMayAct(context.actor, ORGANISER_ROLES, activity.regionCode);
    const result = await this.runner.handle(
      attendanceDecider,
      activitySignupsStream(activityId),
      {
        type: 'OpenAttendance',
        data: { sessionId: attendanceSessionIdFor(context.commandId), activity },
        metadata: commandMetadata(context),
      },
      context,
    );
    const session = openSessionOf(result.state);
    if (!session) throw new Error(`activity ${activityId}: no open session after opening one`);
    return { sessionId: session.sessionId, ...this.codes.current(session.sessionId, context.now) };
  }

  private async openedSession(sessionId: string, actor: Actor) {
    const row = this.sessions.session(sessionId);
    if (!row) throw new NotFound('attendance session', sessionId);
    const activity = await this.activity(row.activityId);
    assertMayAct(actor, ORGANISER_ROLES, activity.regionCode);
    return { row, activity };
  }

  /** GET /attendance/{sessionId}/code: the pair to show now (organisers and administrators of the region). */
  async code(sessionId: string, actor: Actor, now: Date): Promise<AttendanceSessionAnswer> {
    const { row } = await this.openedSession(sessionId, actor);
    // A closed session shows no code: the one the screen still shows is refused too.
    if (!row.open) throw invalidCode(`check-in session ${sessionId} is closed: it has no code any more`);
    return { sessionId, ...this.codes.current(sessionId, now) };
  }

  /** Writes the pending record of an attendance as the session's opener, through RecordService. */
  private async record(
    entry: AttendanceEntry,
    activity: AttendanceActivityFacts,
    opener: AttendanceOpener,
    checkedOutAt: string,
    context: CommandContext,
  ): Promise<RecordedCheckOut> {
    const window = recordWindow(entry, activity, checkedOutAt);
    const result: ServiceRecordResult = await this.commandBus.execute(
      new RecordServiceCommand(
        {
          volunteerId: entry.volunteerId,
          activityId: activity.activityId,
          startedAt: window.startedAt,
          endedAt: window.endedAt,
          content: RECORD_CONTENT,
        },
        {
          commandId: deterministicUuid(`attendance-record\u0000${entry.attendanceId}`),
          correlationId: context.correlationId,
          causationId: context.commandId,
          actor: { accountId: opener.accountId, role: opener.role, regionCode: opener.regionCode },
          now: context.now,
        },
      ),
    );
    return {
      attendanceId: entry.attendanceId,
      serviceRecordId: result.record.id,
      minutes: result.record.minutes,
      recordRefused: null,
    };
  }

  /** POST /attendance/{sessionId}/close: whoever is still in is checked out at the end (or now, if earlier). */
  async close(
    sessionId: string,
    context: CommandContext,
  ): Promise<{ sessionId: string; closedAt: string; checkedOut: number }> {
    const { row, activity } = await this.openedSession(sessionId, context.actor);
    const { state } = await this.state(row.activityId);
    const session = state.sessions.get(sessionId);
    if (!session) throw new NotFound('attendance session', sessionId);
    const now = context.now.toISOString();
    const recorded: RecordedCheckOut[] = [];
    if (session.closedAt === null) {
      const at = closingCheckOutAt(activity, now);
      for (const entry of stillIn(state)) {
        try {
          recorded.push(await this.record(entry, activity, session.openedBy, at, context));
        } catch (error) {
          if (!(error instanceof RuleViolation)) throw error;
          // Too short, or before the start: the volunteer is checked out with nothing recorded.
          recorded.push({
            attendanceId: entry.attendanceId,
            serviceRecordId: null,
            minutes: 0,
            recordRefused: error.code,
          });
        }
      }
    }
    const result = await this.runner.handle(
      attendanceDecider,
      activitySignupsStream(row.activityId),
      {
        type: 'CloseAttendance',
        data: { sessionId, activity, recorded },
        metadata: commandMetadata(context),
      },
      context,
    );
    const closed = result.state.sessions.get(sessionId)!;
    const checkedOut = result.events.filter((e) => e.type === 'VolunteerCheckedOut').length;
    return { sessionId, closedAt: closed.closedAt ?? now, checkedOut };
  }

  private volunteerOf(actor: Actor): string {
    assertRole(actor, 'volunteer');
    if (!actor.volunteerId) throw new AccessDenied('this account is not bound to a volunteer');
    return actor.volunteerId;
  }

  /**
   * The open session a code names. A QR token names its session; 6 digits are looked up among the
   * open sessions (this minute's code or the last one's). Two open sessions may share 6 digits in a
   * minute (about n²/2 000 000 for n open sessions): then only the sessions the volunteer can use
   * (`usable`) count, and if that still leaves more than one, the digits are refused and the QR
   * code (which names its session) or the next minute's code settles it.
   */
  private async sessionFor(
    code: string,
    now: Date,
    usable: (activityId: string) => Promise<boolean>,
  ): Promise<{ sessionId: string; activityId: string }> {
    const read = this.codes.read(code, now);
    if (read.kind === 'token') {
      const row = this.sessions.session(read.sessionId);
      if (!row || !row.open) throw invalidCode('the check-in session of this code is closed');
      return row;
    }
    const matches = this.sessions
      .openSessions()
      .filter((s) => this.codes.digitsMatch(s.sessionId, read.digits, now));
    if (matches.length === 0) throw invalidCode('no open check-in session shows this code now');
    if (matches.length === 1) return matches[0];
    const narrowed = [];
    for (const match of matches) if (await usable(match.activityId)) narrowed.push(match);
    if (narrowed.length === 1) return narrowed[0];
    throw invalidCode(
      narrowed.length === 0
        ? 'no check-in session this volunteer may use shows this code now'
        : 'this code is shown by more than one check-in session now: scan the QR code, or type the next code',
    );
  }

  /** POST /check-ins: a volunteer account checks itself in. */
  async checkIn(code: string, location: GeoPoint | null, context: CommandContext): Promise<CheckInAnswer> {
    const volunteerId = this.volunteerOf(context.actor);
    const { activityId, sessionId } = await this.sessionFor(code, context.now, async (candidate) => {
      const facts = await this.activity(candidate);
      return facts.walkIns || acceptedSignupOf((await this.state(candidate)).state, volunteerId) !== null;
    });
    const activity = await this.activity(activityId);
    const { state: volunteer } = await this.runner.current(volunteerDecider, volunteerStream(volunteerId));
    requireServingVolunteer(volunteer, volunteerId);
    const attendanceId = attendanceIdFor(context.commandId);
    const result = await this.runner.handle(
      attendanceDecider,
      activitySignupsStream(activityId),
      {
        type: 'CheckIn',
        data: {
          attendanceId,
          sessionId,
          activity,
          volunteer: { volunteerId, exited: false },
          location,
        },
        metadata: commandMetadata(context),
      },
      context,
    );
    const entry = result.state.attendances.get(attendanceId);
    if (!entry) throw new Error(`attendance ${attendanceId}: no state after the check-in`);
    return { attendanceId, activityId, checkedInAt: entry.checkedInAt };
  }

  /** POST /check-outs: a volunteer account checks itself out; the pending record is written. */
  async checkOut(code: string, context: CommandContext): Promise<CheckOutAnswer> {
    const volunteerId = this.volunteerOf(context.actor);
    const { activityId, sessionId } = await this.sessionFor(
      code,
      context.now,
      async (candidate) =>
        currentAttendanceOf((await this.state(candidate)).state, volunteerId) !== undefined,
    );
    const activity = await this.activity(activityId);
    const { state } = await this.state(activityId);
    const session = state.sessions.get(sessionId);
    if (!session || session.closedAt !== null)
      throw invalidCode('the check-in session of this code is closed');
    const entry = currentAttendanceOf(state, volunteerId);
    if (!entry) {
      throw new RuleViolation('NOT_CHECKED_IN', `volunteer ${volunteerId} is not checked in`, { activityId });
    }
    const now = context.now.toISOString();
    const recorded = await this.record(entry, activity, session.openedBy, now, context);
    const result = await this.runner.handle(
      attendanceDecider,
      activitySignupsStream(activityId),
      {
        type: 'CheckOut',
        data: { sessionId, activity, volunteerId, recorded },
        metadata: commandMetadata(context),
      },
      context,
    );
    const after = result.state.attendances.get(entry.attendanceId)!;
    return {
      attendanceId: entry.attendanceId,
      checkedOutAt: after.checkedOutAt ?? now,
      serviceRecordId: recorded.serviceRecordId!,
      minutes: recorded.minutes,
    };
  }

  /**
   * GET /activities/{id}/attendance: readers of the activity's region. Every accepted (or no-show)
   * sign-up and every walk-in, each check-in in the order they came; a volunteer checked in twice
   * (in, out, in again) has one item per check-in.
   */
  async list(activityId: string, actor: Actor): Promise<AttendanceItem[]> {
    const activity = await this.activity(activityId);
    assertMayAct(actor, READER_ROLES, activity.regionCode);
    const { state } = await this.state(activityId);
    const signupOf = (volunteerId: string) => {
      const found = [...state.signups.signups.values()]
        .filter((s) => s.volunteerId === volunteerId)
        .sort((a, b) => b.arrival - a.arrival)[0];
      return found ? { id: found.signupId, status: found.status } : null;
    };
    const items: AttendanceItem[] = [];
    const seen = new Set<string>();
    for (const entry of state.attendances.values()) {
      seen.add(entry.volunteerId);
      items.push({
        volunteerId: entry.volunteerId,
        signup: signupOf(entry.volunteerId),
        attendanceId: entry.attendanceId,
        checkedInAt: entry.checkedInAt,
        ...(entry.checkedOutAt === null ? {} : { checkedOutAt: entry.checkedOutAt }),
        ...(entry.minutes === null ? {} : { minutes: entry.minutes }),
        ...(entry.serviceRecordId === null ? {} : { serviceRecordId: entry.serviceRecordId }),
        ...(entry.location === null ? {} : { location: entry.location }),
        ...(entry.distanceMetres === null ? {} : { distanceMetres: entry.distanceMetres }),
        farFromStation: entry.farFromStation,
      });
    }
    for (const signup of [...state.signups.signups.values()].sort((a, b) => a.arrival - b.arrival)) {
      if (seen.has(signup.volunteerId) || (signup.status !== 'accepted' && signup.status !== 'no-show'))
        continue;
      seen.add(signup.volunteerId);
      items.push({ volunteerId: signup.volunteerId, signup: { id: signup.signupId, status: signup.status } });
    }
    return items;
  }

  /**
   * PUT /stations/{id}/coordinates: administrators of the station's region (who establish stations)
   * say where it is; check-ins over 1 km from it are flagged.
   */
  async setStationCoordinates(
    stationId: string,
    point: GeoPoint,
    context: CommandContext,
    expectedRevision?: number,
  ): Promise<{ stationId: string; lat: number; lng: number; revision: number }> {
    const { state } = await this.runner.current(stationDecider, stationStream(stationId));
    if (state.status === 'none') throw new NotFound('station', stationId);
    assertMayAct(context.actor, MANAGER_ROLES, state.regionCode);
    const result = await this.runner.handle(
      stationDecider,
      stationStream(stationId),
      {
        type: 'SetStationCoordinates',
        data: { stationId, lat: point.lat, lng: point.lng },
        metadata: commandMetadata(context),
      },
      context,
      { expectedRevision },
    );
    const coordinates = result.state.status === 'none' ? null : result.state.coordinates;
    if (!coordinates) throw new Error(`station ${stationId}: no coordinates after setting them`);
    return { stationId, ...coordinates, revision: result.revision };
  }
}
