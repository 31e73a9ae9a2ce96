import {
  BENEFIT_EVENT_TYPES,
  type BenefitEvent,
  PARTNER_EVENT_TYPES,
  type PartnerEvent,
  type PointsHeld,
  type PointsHoldCaptured,
  type PointsHoldReleased,
  REDEMPTION_EVENT_TYPES,
  type RedemptionEvent,
} from '@ledger/domain';
import type { Projection } from '../projection';

export interface PartnerRow {
  partner_id: string;
  name: string;
  region_code: string;
  venue_type: string;
  registered_at: string;
  revision: number;
}

export interface BenefitRow {
  benefit_id: string;
  partner_id: string;
  region_code: string;
  title: string;
  points_cost: number;
  min_star_level: number;
  stock: number;
  held: number;
  captured: number;
  per_volunteer_limit: number;
  valid_from: string;
  valid_to: string;
  offered_at: string;
  revision: number;
}

export type HoldState = 'none' | 'held' | 'captured' | 'released';

export interface RedemptionRow {
  redemption_id: string;
  benefit_id: string;
  partner_id: string;
  volunteer_id: string;
  region_code: string;
  points: number;
  via: string;
  status: string;
  failure_code: string | null;
  requested_at: string;
  requested_by: string;
  expires_at: string;
  /** Business date (Asia/Shanghai) of the request: what "today's redemptions" lists. */
  requested_on: string;
  updated_at: string;
  /** When the venue captured it, or when it was voided: what a venue's export shows. */
  captured_at: string | null;
  voided_at: string | null;
  /** What the volunteer's stream and the benefit's stream hold for it: the settlement pass reads these. */
  points_state: HoldState;
  unit_state: HoldState;
  revision: number;
}

type HoldEvent = PointsHeld | PointsHoldCaptured | PointsHoldReleased;

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991: a date needs no zone database. */
const businessDate = (instant: string) =>
  new Date(Date.parse(instant) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

/**
 * Partner venues, their benefits with stock figures, and every redemption with how far it got and
 * what its two holds are: the venue's "today's redemptions", `GET /benefits/{id}`, and the list the
 * settlement pass works through.
 */
export const partnersProjection: Projection = {
  name: 'partners',
  // v2: captured_at and voided_at on redemptions (the venue's CSV export), partners by region (lists).
  version: 2,
  tables: ['partners', 'benefits', 'redemptions'],
  schema: `
    CREATE TABLE IF NOT EXISTS partners (
      partner_id    TEXT PRIMARY KEY,
      name          TEXT NOT NULL,
      region_code   TEXT NOT NULL,
      venue_type    TEXT NOT NULL,
      registered_at TEXT NOT NULL,
      revision      INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS partners_by_region ON partners (region_code);
    CREATE TABLE IF NOT EXISTS benefits (
      benefit_id          TEXT PRIMARY KEY,
      partner_id          TEXT NOT NULL,
      region_code         TEXT NOT NULL,
      title               TEXT NOT NULL,
      points_cost         INTEGER NOT NULL,
      min_star_level      INTEGER NOT NULL,
      stock               INTEGER NOT NULL,
      held                INTEGER NOT NULL,
      captured            INTEGER NOT NULL,
      per_volunteer_limit INTEGER NOT NULL,
      valid_from          TEXT NOT NULL,
      valid_to            TEXT NOT NULL,
      offered_at          TEXT NOT NULL,
      revision            INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS benefits_by_partner ON benefits (partner_id);
    CREATE TABLE IF NOT EXISTS redemptions (
      redemption_id TEXT PRIMARY KEY,
      benefit_id    TEXT NOT NULL,
      partner_id    TEXT NOT NULL,
      volunteer_id  TEXT NOT NULL,
      region_code   TEXT NOT NULL,
      points        INTEGER NOT NULL,
      via           TEXT NOT NULL,
      status        TEXT NOT NULL,
      failure_code  TEXT,
      requested_at  TEXT NOT NULL,
      requested_by  TEXT NOT NULL,
      expires_at    TEXT NOT NULL,
      requested_on  TEXT NOT NULL,
      updated_at    TEXT NOT NULL,
      captured_at   TEXT,
      voided_at     TEXT,
      points_state  TEXT NOT NULL,
      unit_state    TEXT NOT NULL,
      revision      INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS redemptions_by_partner_day ON redemptions (partner_id, requested_on);
    CREATE INDEX IF NOT EXISTS redemptions_open ON redemptions (status, expires_at)
      WHERE status IN ('requested', 'held');
    CREATE INDEX IF NOT EXISTS redemptions_unsettled ON redemptions (status)
      WHERE (status = 'captured' AND (points_state <> 'captured' OR unit_state <> 'captured'))
         OR (status IN ('failed', 'voided', 'expired') AND (points_state = 'held' OR unit_state = 'held'));`,
  eventTypes: [
    ...PARTNER_EVENT_TYPES,
    ...BENEFIT_EVENT_TYPES,
    ...REDEMPTION_EVENT_TYPES,
    'PointsHeld',
    'PointsHoldCaptured',
    'PointsHoldReleased',
  ],
  bind(db) {
    const partner = db.prepare(
      `INSERT INTO partners (partner_id, name, region_code, venue_type, registered_at, revision)
       VALUES (@partnerId, @name, @regionCode, @venueType, @registeredAt, @revision)`,
    );
    const benefit = db.prepare(
      `INSERT INTO benefits (benefit_id, partner_id, region_code, title, points_cost, min_star_level, stock, held, captured,
         per_volunteer_limit, valid_from, valid_to, offered_at, revision)
       VALUES (@benefitId, @partnerId, @regionCode, @title, @pointsCost, @minStarLevel, @stock, 0, 0,
         @perVolunteerLimit, @validFrom, @validTo, @offeredAt, @revision)`,
    );
    const moveStock = db.prepare(
      'UPDATE benefits SET held = held + ?, captured = captured + ?, revision = ? WHERE benefit_id = ?',
    );
    const request = db.prepare(
      `INSERT INTO redemptions (redemption_id, benefit_id, partner_id, volunteer_id, region_code, points, via, status,
         failure_code, requested_at, requested_by, expires_at, requested_on, updated_at, points_state, unit_state, revision)
       VALUES (@redemptionId, @benefitId, @partnerId, @volunteerId, @regionCode, @points, @via, 'requested',
         NULL, @requestedAt, @requestedBy, @expiresAt, @requestedOn, @requestedAt, 'none', 'none', @revision)`,
    );
    const status = db.prepare(
      `UPDATE redemptions SET status = @status, failure_code = coalesce(@failureCode, failure_code),
         updated_at = @at,
         captured_at = CASE @status WHEN 'captured' THEN @at ELSE captured_at END,
         voided_at = CASE @status WHEN 'voided' THEN @at ELSE voided_at END,
         revision = @revision WHERE redemption_id = @redemptionId`,
    );
    const pointsState = db.prepare('UPDATE redemptions SET points_state = ? WHERE redemption_id = ?');
    const unitState = db.prepare('UPDATE redemptions SET unit_state = ? WHERE redemption_id = ?');

    return (recorded) => {
      const revision = recorded.revision;
      const event = recorded as unknown as PartnerEvent | BenefitEvent | RedemptionEvent | HoldEvent;
      const setStatus = (
        redemptionId: string,
        value: string,
        at: string,
        failureCode: string | null = null,
      ) => status.run({ redemptionId, status: value, at, failureCode, revision });
      switch (event.type) {
        case 'PartnerRegistered':
          partner.run({ ...event.data, revision });
          return;
        case 'BenefitOffered':
          benefit.run({ ...event.data, revision });
          return;
        case 'BenefitUnitHeld':
          moveStock.run(1, 0, revision, event.data.benefitId);
          unitState.run('held', event.data.redemptionId);
          return;
        case 'BenefitUnitCaptured':
          moveStock.run(-1, 1, revision, event.data.benefitId);
          unitState.run('captured', event.data.redemptionId);
          return;
        case 'BenefitUnitReleased':
          moveStock.run(-1, 0, revision, event.data.benefitId);
          unitState.run('released', event.data.redemptionId);
          return;
        case 'RedemptionRequested':
          request.run({ ...event.data, requestedOn: businessDate(event.data.requestedAt), revision });
          return;
        case 'RedemptionHeld':
          setStatus(event.data.redemptionId, 'held', event.data.heldAt);
          return;
        case 'RedemptionFailed':
          setStatus(event.data.redemptionId, 'failed', event.data.failedAt, event.data.code);
          return;
        case 'RedemptionCaptured':
          setStatus(event.data.redemptionId, 'captured', event.data.capturedAt);
          return;
        case 'RedemptionVoided':
          setStatus(event.data.redemptionId, 'voided', event.data.voidedAt);
          return;
        case 'RedemptionExpired':
          setStatus(event.data.redemptionId, 'expired', event.data.expiredAt);
          return;
        case 'PointsHeld':
          pointsState.run('held', event.data.redemptionId);
          return;
        case 'PointsHoldCaptured':
          pointsState.run('captured', event.data.redemptionId);
          return;
        case 'PointsHoldReleased':
          pointsState.run('released', event.data.redemptionId);
          return;
      }
    };
  },
};
