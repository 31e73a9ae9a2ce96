import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  type EvaluationRecorded,
  NotFound,
  qualifiedStarLevel,
  type VolunteerRegistered,
  volunteerStream,
} from '@ledger/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent, UpcasterChain } from '@ledger/event-store';
import {
  PointsLotsReadModel,
  pointsFiguresOf,
  ServiceRecordsReadModel,
  VolunteerHoursReadModel,
  VolunteerIncentivesReadModel,
  VolunteersReadModel,
  type VolunteerRow,
} from '@ledger/projections';
import { PersonalDataVault } from './personal-data/personal-data-vault';
import { assertCanReadVolunteer } from './volunteer-access';
import {
  type CommendationView,
  type EvaluationView,
  type ServiceRecordView,
  serviceRecordViewOfRow,
  toCommendationView,
  toEvaluationView,
  toTrainingView,
  toVolunteerView,
  type TrainingView,
  type VolunteerSummaryView,
  type VolunteerView,
} from './volunteer.views';

export interface HoursHistoryPage {
  readonly items: {
    readonly at: string;
    readonly kind: 'hours' | 'points' | 'time-bank' | 'star';
    readonly delta: number;
    readonly balanceAfter: number;
    readonly reason: string;
    readonly source: { readonly type: string; readonly id: string };
    /** For a line whose source is a service record: the activity served. */
    readonly activity?: { readonly id: string; readonly title: string };
    /** For a line whose source is a service record: the day the service began, Asia/Shanghai. */
    readonly servedOn?: string;
  }[];
  /** The position to continue below, when there is more. */
  readonly nextBefore?: number;
}

/**
 * Reads about volunteers, each checked against the caller's role and region. Read models hold no
 * personal data: the sealed data is read from the event that holds it and opened for this response
 * only, and once the key is destroyed the person shows as forgotten.
 */
@Injectable()
export class VolunteerQueries {
  constructor(
    private readonly volunteers: VolunteersReadModel,
    private readonly hours: VolunteerHoursReadModel,
    private readonly incentives: VolunteerIncentivesReadModel,
    private readonly records: ServiceRecordsReadModel,
    private readonly lots: PointsLotsReadModel,
    private readonly vault: PersonalDataVault,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly upcasters: UpcasterChain,
  ) {}

  /** The row of a volunteer the caller may read; 404 for an unknown id, 403 outside the caller's scope. */
  readable(actor: Actor, volunteerId: string): VolunteerRow {
    const row = this.volunteers.findById(volunteerId);
    if (!row) throw new NotFound('volunteer', volunteerId);
    assertCanReadVolunteer(actor, volunteerId, row.region_code);
    return row;
  }

  async volunteer(
    actor: Actor,
    volunteerId: string,
  ): Promise<{ volunteer: VolunteerView; revision: number }> {
    const row = this.readable(actor, volunteerId);
    return { volunteer: await this.viewOf(row), revision: row.revision };
  }

  /** Without an access check: for handlers that answered a write and already checked it. */
  async volunteerOf(volunteerId: string): Promise<VolunteerView> {
    const row = this.volunteers.findById(volunteerId);
    if (!row) throw new NotFound('volunteer', volunteerId);
    return this.viewOf(row);
  }

  /**
   * Without an access check, for lists that find people: the view (masked forms only) and the keyed
   * tag of the phone (PersonalDataVault.phoneTag), null once forgotten. The phone is never returned.
   */
  async listedOf(volunteerId: string): Promise<{ view: VolunteerView; phoneTag: string | null }> {
    const row = this.volunteers.findById(volunteerId);
    if (!row) throw new NotFound('volunteer', volunteerId);
    return this.openedOf(row);
  }

  /** The keyed tag of a phone number as typed, to compare with listedOf's. */
  phoneTagOf(phone: string): string {
    return this.vault.phoneTag(phone);
  }

  summary(actor: Actor, volunteerId: string): VolunteerSummaryView {
    this.readable(actor, volunteerId);
    const totals = this.hours.totalsOf(volunteerId);
    const confirmedMinutes = totals?.confirmed_minutes ?? 0;
    const incentives = this.incentives.totalsOf(volunteerId);
    return {
      volunteerId,
      confirmedMinutes,
      pendingMinutes: totals?.pending_minutes ?? 0,
      starLevel: incentives?.star_level ?? 0,
      qualifiedStarLevel: qualifiedStarLevel(confirmedMinutes),
      points: { ...pointsFiguresOf(incentives), expiring: this.lots.upcomingExpiries(volunteerId) },
      timeBank: { balanceMinutes: incentives?.time_bank_minutes ?? 0 },
    };
  }

  history(actor: Actor, volunteerId: string, limit: number, before?: number): HoursHistoryPage {
    this.readable(actor, volunteerId);
    // Hours, points and time-bank lines come from two read models; each line's position is the
    // event's, so merging them newest first gives one history and one cursor.
    const hours = this.hours.historyOf(volunteerId, limit, before);
    const others = this.incentives.historyOf(volunteerId, limit + 1, before);
    const merged = [...hours.items.map((row) => ({ ...row, kind: 'hours' as const })), ...others].sort(
      (a, b) => b.position - a.position,
    );
    const items = merged.slice(0, limit);
    const more = merged.length > limit || hours.nextBefore !== undefined;
    return {
      items: items.map((row) => ({
        at: row.at,
        kind: row.kind,
        delta: row.delta,
        balanceAfter: row.balance_after,
        reason: row.reason,
        source: { type: row.source_type, id: row.source_id },
        ...this.servedOf(row.source_type, row.source_id),
      })),
      ...(more && items.length > 0 ? { nextBefore: items[items.length - 1].position } : {}),
    };
  }

  /** A history line's activity and service date, when a service record is its source. */
  private servedOf(sourceType: string, sourceId: string) {
    if (sourceType !== 'service-record') return {};
    const served = this.records.servedOf(sourceId);
    if (!served) return {};
    return {
      activity: { id: served.activity_id, title: served.activity_title ?? '' },
      servedOn: served.service_date,
    };
  }

  serviceRecords(
    actor: Actor,
    volunteerId: string,
    limit: number,
    before?: number,
  ): { items: ServiceRecordView[]; nextBefore?: number } {
    this.readable(actor, volunteerId);
    const page = this.records.ofVolunteer(volunteerId, limit, before);
    return {
      items: page.items.map((row) => serviceRecordViewOfRow(row, this.records.historyOf(row.record_id))),
      ...(page.nextBefore !== undefined ? { nextBefore: page.nextBefore } : {}),
    };
  }

  trainings(actor: Actor, volunteerId: string): TrainingView[] {
    this.readable(actor, volunteerId);
    return this.volunteers.trainingsOf(volunteerId).map(toTrainingView);
  }

  commendations(actor: Actor, volunteerId: string): CommendationView[] {
    this.readable(actor, volunteerId);
    return this.volunteers.commendationsOf(volunteerId).map(toCommendationView);
  }

  async evaluations(actor: Actor, volunteerId: string): Promise<EvaluationView[]> {
    const volunteer = this.readable(actor, volunteerId);
    const views: EvaluationView[] = [];
    for (const row of this.volunteers.evaluationsOf(volunteerId)) {
      let comment: string | null = null;
      if (row.comment_revision !== null && volunteer.status === 'active') {
        const event = await this.eventAt(volunteerId, row.comment_revision);
        const sealed = (event?.data as unknown as EvaluationRecorded['data'] | undefined)?.comment;
        if (sealed) comment = this.vault.openComment(volunteerId, row.evaluation_id, sealed);
      }
      views.push(toEvaluationView(row, comment));
    }
    return views;
  }

  private async viewOf(row: VolunteerRow): Promise<VolunteerView> {
    return (await this.openedOf(row)).view;
  }

  /** The view, and the search tag of the phone while the volunteer is active (the phone itself is dropped). */
  private async openedOf(row: VolunteerRow): Promise<{ view: VolunteerView; phoneTag: string | null }> {
    const facts = {
      volunteerId: row.volunteer_id,
      volunteerNo: row.volunteer_no,
      regionCode: row.region_code,
      status: row.status,
      registeredAt: row.registered_at,
      registeredBy: row.registered_by,
      forgottenAt: row.forgotten_at,
      exitedAt: row.exited_at ?? null,
    };
    if (row.status === 'forgotten') return { view: toVolunteerView(facts, null), phoneTag: null };
    const event = await this.eventAt(row.volunteer_id, row.personal_data_revision);
    const sealed = (event?.data as unknown as VolunteerRegistered['data'] | undefined)?.personalData;
    const profile = sealed ? this.vault.openProfile(row.volunteer_id, sealed) : null;
    return {
      view: toVolunteerView(facts, profile),
      phoneTag: profile ? this.vault.phoneTag(profile.phone) : null,
    };
  }

  private async eventAt(volunteerId: string, revision: number): Promise<RecordedEvent | undefined> {
    for await (const event of this.store.readStream(volunteerStream(volunteerId), {
      fromRevision: revision,
      maxCount: 1,
    })) {
      return this.upcasters.upcast(event);
    }
    return undefined;
  }
}
