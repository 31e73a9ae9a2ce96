import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type Actor,
  isNeedOverdue,
  maskPhone,
  type NeedCommand,
  needDecider,
  needIdFor,
  type NeedStatus,
  needStream,
  needTrackingNoFor,
  nameProblem,
  normalizeName,
  normalizePhone,
  NotFound,
  phoneProblem,
  type SealedData,
  teamDecider,
  teamStream,
  regionsNest,
  AlreadyExists,
  ValidationFailed,
  type InvalidField,
} from '@ledger/domain';
import { type NeedRow, NeedsReadModel } from '@ledger/projections';
import { assertMayAct } from '../organisation/organisation-access';
import { AccessDenied, canActInRegion } from '../access/access-policy';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { maskPersonName } from '../redemptions/redemption-code-lookup';
import { NeedContactVault } from './need-contact-vault';
import type { NeedSubmittedView, NeedTimelineEntryView, NeedView, PublicNeedView } from './need.views';

/** The steps whose reason the requester reads on the public tracking page. */
const PUBLIC_REASONS: ReadonlySet<string> = new Set(['NeedDeclined', 'NeedClosed']);

/** A stand-in sealed contact for checking a submission before anything is sealed (never stored). */
const UNSEALED_PLACEHOLDER: SealedData = {
  scheme: 'aes-256-gcm/v1',
  keyId: 'unsealed',
  iv: '',
  ciphertext: '',
  tag: '',
};

export interface NeedInput {
  readonly title: string;
  readonly description: string;
  readonly field: string;
  readonly regionCode: string;
  readonly requester: {
    readonly name: string;
    readonly phone: string;
    readonly organisation?: string | null;
  };
  readonly preferredFrom?: string | null;
  readonly preferredTo?: string | null;
  readonly consent: boolean;
}

/** Who may do what with needs (PRODUCT.md): administrators handle the inbox, organisers take for teams. */
const STAFF_READERS = ['admin', 'organiser', 'auditor'] as const;
const CONTACT_READERS = ['admin', 'organiser'] as const;
const DISPATCHERS = ['admin'] as const;
const TEAM_ORGANISERS = ['admin', 'organiser'] as const;
const ENTERERS = ['admin', 'organiser'] as const;

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

const tokenMatches = (token: string | undefined, hash: string): boolean => {
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return false;
  const a = Buffer.from(hashOf(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Needs of the public (群众点单 → 科协派单 → 队伍接单 → 群众评单): submission with the contact sealed
 * under the need's key, the staff steps on the need's stream, the requester's view and rating by
 * tracking number and secret (a wrong secret answers 404, like an unknown number).
 */
@Injectable()
export class NeedsService {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly readModel: NeedsReadModel,
    private readonly vault: NeedContactVault,
  ) {}

  /** A submission from the public form (`staff` false) or entered by staff for a caller. */
  async submit(input: NeedInput, context: CommandContext, staff: boolean): Promise<NeedSubmittedView> {
    if (staff) assertMayAct(context.actor, ENTERERS, input.regionCode);
    const problems: InvalidField[] = [];
    if (input.consent !== true) problems.push({ field: 'consent', message: 'consent must be true' });
    const requester = input.requester as NeedInput['requester'] | undefined;
    const nameIssue = typeof requester?.name === 'string' ? nameProblem(requester.name) : 'name is required';
    if (nameIssue) problems.push({ field: 'requester.name', message: nameIssue });
    const phoneIssue =
      typeof requester?.phone === 'string' ? phoneProblem(requester.phone) : 'phone is required';
    if (phoneIssue) problems.push({ field: 'requester.phone', message: phoneIssue });
    if (problems.length > 0) throw new ValidationFailed(problems);

    const needId = needIdFor(context.commandId);
    const stream = needStream(needId);
    const existing = await this.runner.current(needDecider, stream);
    // The secret is handed out once; a retried submission gets a new one that replaces nothing.
    const accessToken = randomBytes(24).toString('base64url');
    if (existing.state.status !== 'none') {
      // The secret was handed out with the first answer and is not kept: it cannot be given again.
      throw new AlreadyExists('need', needId);
    }
    const submit = (contact: SealedData): NeedCommand => ({
      type: 'SubmitNeed',
      data: {
        needId,
        trackingNo: needTrackingNoFor(needId),
        title: input.title,
        description: input.description,
        field: input.field,
        regionCode: input.regionCode,
        contact,
        organisation: requester!.organisation ?? null,
        preferredFrom: input.preferredFrom ?? null,
        preferredTo: input.preferredTo ?? null,
        accessTokenHash: hashOf(accessToken),
        channel: staff ? 'staff' : 'public',
      },
      metadata: commandMetadata(context),
    });
    // The decider's checks first, on a contact that seals nothing: a refused submission (an impossible
    // date, dates the wrong way round) makes no key, so it writes nothing anywhere and a retry with the
    // same Idempotency-Key after correcting it goes through.
    needDecider.decide(submit(UNSEALED_PLACEHOLDER), needDecider.initialState());
    const contact = this.vault.seal(needId, {
      name: normalizeName(requester!.name),
      phone: normalizePhone(requester!.phone),
    });
    let result;
    try {
      result = await this.runner.handle(needDecider, stream, submit(contact), context);
    } catch (error) {
      // Nothing was written: the key sealed nothing that stays.
      this.vault.forget(needId);
      throw error;
    }
    if (result.alreadyHandled) {
      // A concurrent retry of the same submission wrote first: its secret is the one kept, not this one.
      throw new AlreadyExists('need', needId);
    }
    return { id: needId, trackingNo: needTrackingNoFor(needId), status: 'submitted', accessToken };
  }

  list(actor: Actor, filters: { status?: string; field?: string }, now: Date): NeedView[] {
    assertRoleOf(actor, STAFF_READERS);
    const iso = now.toISOString();
    return this.readModel
      .inside(actor.regionCode)
      .filter((r) => (filters.status ? r.status === filters.status : true))
      .filter((r) => (filters.field ? r.field === filters.field : true))
      .map((r) => this.viewOf(r, actor, iso, false))
      .sort((a, b) => Number(b.overdue) - Number(a.overdue));
  }

  get(actor: Actor, needId: string, now: Date): NeedView {
    const row = this.rowFor(actor, needId, STAFF_READERS);
    return this.viewOf(row, actor, now.toISOString(), true);
  }

  /** The unmasked contact; each reading is recorded on the need's stream (who, when). */
  async contact(
    needId: string,
    context: CommandContext,
  ): Promise<{ name: string | null; phone: string | null; organisation: string | null }> {
    const row = this.rowFor(context.actor, needId, CONTACT_READERS);
    await this.step({ type: 'RecordNeedContactRead', data: { needId } }, context);
    const contact = this.openContact(row);
    return { name: contact?.name ?? null, phone: contact?.phone ?? null, organisation: row.organisation };
  }

  async accept(needId: string, context: CommandContext, now: Date): Promise<NeedView> {
    this.rowFor(context.actor, needId, DISPATCHERS);
    await this.step({ type: 'AcceptNeed', data: { needId } }, context);
    return this.get(context.actor, needId, now);
  }

  async decline(needId: string, reason: string, context: CommandContext, now: Date): Promise<NeedView> {
    this.rowFor(context.actor, needId, DISPATCHERS);
    await this.step({ type: 'DeclineNeed', data: { needId, reason } }, context);
    return this.get(context.actor, needId, now);
  }

  async close(needId: string, reason: string, context: CommandContext, now: Date): Promise<NeedView> {
    this.rowFor(context.actor, needId, DISPATCHERS);
    await this.step({ type: 'CloseNeed', data: { needId, reason } }, context);
    return this.get(context.actor, needId, now);
  }

  /** To a team of the need's region (the team's region lies inside the need's, or contains it). */
  async dispatch(needId: string, teamId: string, context: CommandContext, now: Date): Promise<NeedView> {
    const row = this.rowFor(context.actor, needId, DISPATCHERS);
    const team =
      typeof teamId === 'string' ? await this.runner.current(teamDecider, teamStream(teamId)) : null;
    if (!team || team.state.status === 'none') {
      throw new ValidationFailed([{ field: 'teamId', message: `team ${String(teamId)} does not exist` }]);
    }
    if (!regionsNest(team.state.regionCode, row.region_code)) {
      throw new ValidationFailed([
        { field: 'teamId', message: `team ${teamId} is not of the need's region` },
      ]);
    }
    await this.step({ type: 'DispatchNeed', data: { needId, teamId } }, context);
    return this.get(context.actor, needId, now);
  }

  /** The organiser of the team's region takes the need for the team (organisers keep the teams of their region). */
  async take(needId: string, context: CommandContext, now: Date): Promise<NeedView> {
    await this.teamStep(needId, context, { type: 'TakeNeed', data: { needId } });
    return this.teamView(needId, context.actor, now);
  }

  async handBack(needId: string, reason: string, context: CommandContext, now: Date): Promise<NeedView> {
    await this.teamStep(needId, context, { type: 'ReturnNeed', data: { needId, reason } });
    return this.teamView(needId, context.actor, now);
  }

  /** The answer to the team's own step: it acted where the team is, so it reads what it did there. */
  private teamView(needId: string, actor: Actor, now: Date): NeedView {
    const row = this.readModel.find(needId);
    if (!row) throw new NotFound('need', needId);
    return this.viewOf(row, actor, now.toISOString(), true);
  }

  /**
   * Forgetting the requester (个人信息保护法): record NeedRequesterForgotten, then destroy the need's
   * key, so the contact opens nowhere again; the need and its counts stay. Run again after a crash, it
   * finishes destroying the key.
   */
  async forgetRequester(
    needId: string,
    reason: string,
    context: CommandContext,
    now: Date,
  ): Promise<NeedView> {
    this.rowFor(context.actor, needId, DISPATCHERS);
    await this.step({ type: 'ForgetNeedRequester', data: { needId, reason } }, context);
    this.vault.forget(needId);
    return this.get(context.actor, needId, now);
  }

  /** The system records a need fulfilled by a linked activity that has ended with a confirmed record. */
  async fulfil(needId: string, activityId: string, context: CommandContext): Promise<boolean> {
    const result = await this.step({ type: 'FulfilNeed', data: { needId, activityId } }, context);
    return result > 0;
  }

  served(now: Date): { need_id: string; activity_id: string }[] {
    return this.readModel.served(now);
  }

  publicView(trackingNo: string, token: string | undefined): PublicNeedView {
    const row = this.publicRow(trackingNo, token);
    return {
      trackingNo: row.tracking_no,
      title: row.title,
      field: row.field,
      regionCode: row.region_code,
      status: row.status as NeedStatus,
      submittedAt: row.submitted_at,
      rating: row.score === null ? null : { score: row.score, comment: row.comment },
      timeline: this.readModel
        .timeline(row.need_id)
        // Staff-internal steps stay with the staff: who read the contact, and a forgetting.
        .filter((t) => t.type !== 'NeedContactRead' && t.type !== 'NeedRequesterForgotten')
        .map((t) => {
          const detail = JSON.parse(t.detail) as { reason?: string };
          // The requester is told why its need was declined or closed; a team's reason for handing it
          // back is a note between the team and the association.
          const told = PUBLIC_REASONS.has(t.type) && detail.reason;
          return { type: t.type, at: t.at, ...(told ? { reason: detail.reason } : {}) };
        }),
    };
  }

  async rate(
    trackingNo: string,
    token: string | undefined,
    input: { score: number; comment?: string | null },
    context: CommandContext,
  ): Promise<PublicNeedView> {
    const row = this.publicRow(trackingNo, token);
    await this.step(
      { type: 'RateNeed', data: { needId: row.need_id, score: input.score, comment: input.comment ?? null } },
      context,
    );
    return this.publicView(trackingNo, token);
  }

  private publicRow(trackingNo: string, token: string | undefined): NeedRow {
    const row = typeof trackingNo === 'string' ? this.readModel.findByTrackingNo(trackingNo) : undefined;
    // An unknown number and a wrong secret answer alike: no way to learn which numbers exist.
    if (!row || !tokenMatches(token, row.access_token_hash)) throw new NotFound('need', String(trackingNo));
    return row;
  }

  private openContact(row: NeedRow) {
    const sealed = JSON.parse(row.contact_sealed) as SealedData | null;
    return sealed ? this.vault.open(row.need_id, sealed) : null;
  }

  private rowFor(actor: Actor, needId: string, roles: readonly Actor['role'][]): NeedRow {
    const row = this.readModel.find(needId);
    if (!row) throw new NotFound('need', needId);
    assertMayAct(actor, roles, row.region_code);
    return row;
  }

  /**
   * Taking or handing back is the dispatched team's: its organisers (or administrators) act where the
   * team is, which may be a town inside the need's county, not where the need was asked for. Before a
   * dispatch there is no team: the need's region decides (and the decider answers the wrong status).
   */
  private async teamStep(needId: string, context: CommandContext, command: Omit<NeedCommand, 'metadata'>) {
    const row = this.readModel.find(needId);
    if (!row) throw new NotFound('need', needId);
    assertRoleOf(context.actor, TEAM_ORGANISERS);
    const current = await this.runner.current(needDecider, needStream(needId));
    const teamId = current.state.status === 'none' ? null : current.state.teamId;
    const team = teamId ? await this.runner.current(teamDecider, teamStream(teamId)) : null;
    const where = team && team.state.status !== 'none' ? team.state.regionCode : row.region_code;
    if (!canActInRegion(context.actor, where)) {
      throw new AccessDenied(
        `${teamId ? `team ${teamId}` : `need ${needId}`} is outside your region ${context.actor.regionCode}`,
      );
    }
    await this.step(command, context);
  }

  /** Decides one command on the need's stream; answers how many events it wrote. */
  private async step(command: Omit<NeedCommand, 'metadata'>, context: CommandContext): Promise<number> {
    const result = await this.runner.handle(
      needDecider,
      needStream(command.data.needId),
      { ...command, metadata: commandMetadata(context) } as NeedCommand,
      context,
    );
    return result.events.length;
  }

  private viewOf(row: NeedRow, actor: Actor, now: string, withTimeline: boolean): NeedView {
    const contact = this.openContact(row);
    const status = row.status as NeedStatus;
    return {
      id: row.need_id,
      trackingNo: row.tracking_no,
      title: row.title,
      description: row.description,
      field: row.field,
      regionCode: row.region_code,
      requester: {
        name: contact ? maskPersonName(contact.name) : null,
        phone: contact ? maskPhone(contact.phone) : null,
        organisation: row.organisation,
      },
      preferredFrom: row.preferred_from,
      preferredTo: row.preferred_to,
      channel: row.channel,
      status,
      statusSince: row.status_since,
      overdue: isNeedOverdue(status, row.status_since, now),
      teamId: row.team_id,
      activityIds: this.readModel.activities(row.need_id),
      rating: row.score === null ? null : { score: row.score, comment: row.comment },
      submittedAt: row.submitted_at,
      timeline: withTimeline ? this.timelineOf(row.need_id, actor) : [],
    };
  }

  private timelineOf(needId: string, actor: Actor): NeedTimelineEntryView[] {
    const admin = actor.role === 'admin';
    return this.readModel
      .timeline(needId)
      .filter((t) => admin || t.type !== 'NeedContactRead')
      .map((t) => ({ type: t.type, at: t.at, by: t.by, ...(JSON.parse(t.detail) as object) }));
  }
}

function assertRoleOf(actor: Actor, roles: readonly Actor['role'][]): void {
  if (!roles.includes(actor.role) && actor.accountId !== 'system') {
    throw new AccessDenied(`this needs the role ${roles.join(' or ')}`);
  }
}
