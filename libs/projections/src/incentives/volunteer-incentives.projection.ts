import { INCENTIVE_EVENT_TYPES, type IncentiveEvent } from '@ledger/domain';
import type { Projection } from '../projection';

export interface VolunteerIncentivesRow {
  volunteer_id: string;
  points_earned: number;
  points_clawed_back: number;
  points_spent: number;
  points_expired: number;
  points_held: number;
  /** earned − clawed back − spent − expired − held: may be negative only after a clawback. */
  points_available: number;
  time_bank_minutes: number;
  /** The awarded star level (0–5). */
  star_level: number;
}

export interface IncentiveHistoryRow {
  volunteer_id: string;
  position: number;
  kind: 'points' | 'time-bank' | 'star';
  at: string;
  delta: number;
  balance_after: number;
  reason: string;
  source_type: string;
  source_id: string;
  event_type: string;
}

type Line = {
  kind: 'points' | 'time-bank' | 'star';
  at: string;
  delta: number;
  reason: string;
  source: [string, string];
};

const multiplied = (multiplier: number, campaignIds: readonly string[]) =>
  multiplier > 1 ? ` ×${multiplier} (${campaignIds.join(', ')})` : '';

/**
 * What one event moves, and the history line it leaves: every line says what changed, by how much,
 * why and which event caused it (the line's position is the event's). Totals per volunteer: what
 * `GET /volunteers/{id}/summary` shows. The rules themselves live in libs/domain/src/incentives.
 */
function lineOf(
  event: IncentiveEvent,
  recordedAt: string,
): { totals: Partial<Record<keyof VolunteerIncentivesRow, number>>; line: Line | null } {
  switch (event.type) {
    case 'PointsEarned': {
      const d = event.data;
      const why =
        d.source.type === 'service-record'
          ? 'points for confirmed service'
          : d.source.type === 'training'
            ? 'bonus for a completed training'
            : 'bonus for a referral';
      return {
        totals: { points_earned: d.points, points_available: d.points },
        line: {
          kind: 'points',
          // The day is in the event (earnedOn); the instant is when the ledger recorded it.
          at: recordedAt,
          delta: d.points,
          reason: `${why}${multiplied(d.multiplier, d.campaignIds)} (rules ${d.ruleVersion})`,
          source: [d.source.type, d.source.id],
        },
      };
    }
    case 'PointsClawedBack':
      return {
        totals: { points_clawed_back: event.data.points, points_available: -event.data.points },
        line: {
          kind: 'points',
          at: event.data.at,
          delta: -event.data.points,
          reason: `points taken back: ${event.data.reason}`,
          source: [event.data.source.type, event.data.source.id],
        },
      };
    case 'PointsExpired':
      return {
        totals: { points_expired: event.data.points, points_available: -event.data.points },
        line: {
          kind: 'points',
          at: event.data.expiredAt,
          delta: -event.data.points,
          reason: `points expired (valid until ${event.data.expiresOn})`,
          source: ['points-lot', event.data.lotId],
        },
      };
    case 'PointsHeld':
      return {
        totals: { points_held: event.data.points, points_available: -event.data.points },
        line: {
          kind: 'points',
          at: event.data.heldAt,
          delta: -event.data.points,
          reason: 'points held for a redemption',
          source: ['redemption', event.data.redemptionId],
        },
      };
    case 'PointsHoldCaptured':
      return {
        totals: { points_held: -event.data.points, points_spent: event.data.points },
        line: {
          kind: 'points',
          at: event.data.capturedAt,
          delta: 0,
          reason: `redemption completed: ${event.data.points} held points spent`,
          source: ['redemption', event.data.redemptionId],
        },
      };
    case 'PointsHoldReleased':
      return {
        totals: { points_held: -event.data.points, points_available: event.data.points },
        line: {
          kind: 'points',
          at: event.data.releasedAt,
          delta: event.data.points,
          reason: `held points returned: redemption ${event.data.reason}`,
          source: ['redemption', event.data.redemptionId],
        },
      };
    case 'TimeBankDeposited':
      return {
        totals: { time_bank_minutes: event.data.minutes },
        line: {
          kind: 'time-bank',
          at: event.data.at,
          delta: event.data.minutes,
          reason: `confirmed service deposited (rules ${event.data.ruleVersion})`,
          source: [event.data.source.type, event.data.source.id],
        },
      };
    case 'TimeBankAdjusted':
      return {
        totals: { time_bank_minutes: event.data.minutes },
        line: {
          kind: 'time-bank',
          at: event.data.at,
          delta: event.data.minutes,
          reason:
            event.data.uncoveredMinutes > 0
              ? `deposit adjusted: ${event.data.reason} (${event.data.uncoveredMinutes} min already used)`
              : `deposit adjusted: ${event.data.reason}`,
          source: [event.data.source.type, event.data.source.id],
        },
      };
    case 'TimeBankWithdrawn':
      return {
        totals: { time_bank_minutes: -event.data.minutes },
        line: {
          kind: 'time-bank',
          at: event.data.at,
          delta: -event.data.minutes,
          reason: `withdrawn: ${event.data.description}`,
          source: ['time-bank-withdrawal', event.data.withdrawalId],
        },
      };
    case 'TimeBankTransferredOut':
      return {
        totals: { time_bank_minutes: -event.data.minutes },
        line: {
          kind: 'time-bank',
          at: event.data.at,
          delta: -event.data.minutes,
          reason: 'given to a family member',
          source: ['time-bank-transfer', event.data.transferId],
        },
      };
    case 'TimeBankTransferredIn':
      return {
        totals: { time_bank_minutes: event.data.minutes },
        line: {
          kind: 'time-bank',
          at: event.data.at,
          delta: event.data.minutes,
          reason: 'received from a family member',
          source: ['time-bank-transfer', event.data.transferId],
        },
      };
    case 'FamilyMemberLinked':
      return { totals: {}, line: null };
    case 'StarAwarded':
      return {
        totals: { star_level: event.data.level - event.data.previousLevel },
        line: {
          kind: 'star',
          at: event.data.awardedAt,
          delta: event.data.level - event.data.previousLevel,
          reason: `${event.data.level}★ awarded by a certification round (rule set ${event.data.ruleSetId})`,
          source: ['star-round', event.data.roundId],
        },
      };
    case 'StarRevoked':
      return {
        totals: { star_level: event.data.level - event.data.previousLevel },
        line: {
          kind: 'star',
          at: event.data.revokedAt,
          delta: event.data.level - event.data.previousLevel,
          reason: `star revoked: ${event.data.reason} (banned from rounds until ${event.data.bannedUntil})`,
          source: ['star-revocation', event.data.revokedAt],
        },
      };
  }
}

const COLUMNS = [
  'points_earned',
  'points_clawed_back',
  'points_spent',
  'points_expired',
  'points_held',
  'points_available',
  'time_bank_minutes',
  'star_level',
] as const;

/** Points, time-bank and star totals per volunteer, and a history line for every change of any. */
export const volunteerIncentivesProjection: Projection = {
  name: 'volunteer-incentives',
  version: 2,
  tables: ['volunteer_incentives', 'volunteer_incentive_history'],
  schema: `
    CREATE TABLE IF NOT EXISTS volunteer_incentives (
      volunteer_id       TEXT PRIMARY KEY,
      points_earned      INTEGER NOT NULL DEFAULT 0,
      points_clawed_back INTEGER NOT NULL DEFAULT 0,
      points_spent       INTEGER NOT NULL DEFAULT 0,
      points_expired     INTEGER NOT NULL DEFAULT 0,
      points_held        INTEGER NOT NULL DEFAULT 0,
      points_available   INTEGER NOT NULL DEFAULT 0,
      time_bank_minutes  INTEGER NOT NULL DEFAULT 0,
      star_level         INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE IF NOT EXISTS volunteer_incentive_history (
      volunteer_id  TEXT NOT NULL,
      position      INTEGER NOT NULL,
      kind          TEXT NOT NULL,
      at            TEXT NOT NULL,
      delta         INTEGER NOT NULL,
      balance_after INTEGER NOT NULL,
      reason        TEXT NOT NULL,
      source_type   TEXT NOT NULL,
      source_id     TEXT NOT NULL,
      event_type    TEXT NOT NULL,
      PRIMARY KEY (volunteer_id, position)
    );`,
  eventTypes: INCENTIVE_EVENT_TYPES,
  bind(db) {
    const open = db.prepare('INSERT OR IGNORE INTO volunteer_incentives (volunteer_id) VALUES (?)');
    const add = db.prepare(
      `UPDATE volunteer_incentives SET ${COLUMNS.map((c) => `${c} = ${c} + @${c}`).join(', ')}
       WHERE volunteer_id = @volunteerId`,
    );
    const totals = db.prepare<[string], VolunteerIncentivesRow>(
      'SELECT * FROM volunteer_incentives WHERE volunteer_id = ?',
    );
    const insertLine = db.prepare(
      `INSERT INTO volunteer_incentive_history (volunteer_id, position, kind, at, delta, balance_after, reason, source_type, source_id, event_type)
       VALUES (@volunteerId, @position, @kind, @at, @delta, @balanceAfter, @reason, @sourceType, @sourceId, @eventType)`,
    );
    return (recorded) => {
      const event = recorded as unknown as IncentiveEvent;
      const volunteerId = event.data.volunteerId;
      const { totals: change, line } = lineOf(event, recorded.recordedAt);
      open.run(volunteerId);
      const params: Record<string, number | string> = { volunteerId };
      for (const column of COLUMNS) params[column] = change[column] ?? 0;
      add.run(params);
      if (!line) return;
      const row = totals.get(volunteerId)!;
      insertLine.run({
        volunteerId,
        position: recorded.position,
        kind: line.kind,
        at: line.at,
        delta: line.delta,
        balanceAfter:
          line.kind === 'points'
            ? row.points_available
            : line.kind === 'time-bank'
              ? row.time_bank_minutes
              : row.star_level,
        reason: line.reason,
        sourceType: line.source[0],
        sourceId: line.source[1],
        eventType: event.type,
      });
    };
  },
};
