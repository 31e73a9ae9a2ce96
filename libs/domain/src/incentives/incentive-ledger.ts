import { unreachable } from '../decider';
import type { CreditSource, FamilyRelation, IncentiveEvent } from './incentive.events';

export interface PointsLot {
  readonly lotId: string;
  readonly source: CreditSource;
  /** Points the lot holds for spending (earned minus what settled owed points). */
  readonly points: number;
  /** Points still in the lot: not spent, held, clawed back or expired. */
  readonly remaining: number;
  readonly earnedOn: string;
  readonly expiresOn: string;
}

export interface PointsHold {
  readonly redemptionId: string;
  readonly benefitId: string;
  readonly partnerId: string;
  readonly points: number;
  readonly allocations: readonly { readonly lotId: string; readonly points: number }[];
  readonly expiresAt: string;
  readonly status: 'held' | 'captured' | 'released';
}

/**
 * A volunteer's points and time bank as their events left them. Built when a decision needs it
 * (see `incentiveLedgerFrom`), never edited afterwards.
 */
export interface IncentiveLedger {
  readonly lots: ReadonlyMap<string, PointsLot>;
  readonly holds: ReadonlyMap<string, PointsHold>;
  /** Clawed-back points no lot could cover; later earnings settle them first. */
  readonly owed: number;
  readonly earned: number;
  readonly spent: number;
  readonly expired: number;
  readonly clawedBack: number;
  /** Net points credited per service record (earned minus clawed back). */
  readonly pointsByRecord: ReadonlyMap<string, number>;
  /** Net minutes deposited per service record. */
  readonly minutesByRecord: ReadonlyMap<string, number>;
  readonly timeBankMinutes: number;
  readonly family: ReadonlyMap<string, FamilyRelation>;
  /** Ids of withdrawals and transfers already applied (out and in). */
  readonly timeBankOperations: ReadonlySet<string>;
  /** The awarded star level (0–5): only a certification round raises it, a revocation clears it. */
  readonly starLevel: number;
  /** The last day of a ban from star rounds, or null. */
  readonly bannedUntil: string | null;
  /** Rounds whose award is already on the stream. */
  readonly awardedRounds: ReadonlySet<string>;
}

interface MutableLedger {
  lots: Map<string, PointsLot>;
  holds: Map<string, PointsHold>;
  owed: number;
  earned: number;
  spent: number;
  expired: number;
  clawedBack: number;
  pointsByRecord: Map<string, number>;
  minutesByRecord: Map<string, number>;
  timeBankMinutes: number;
  family: Map<string, FamilyRelation>;
  timeBankOperations: Set<string>;
  starLevel: number;
  bannedUntil: string | null;
  awardedRounds: Set<string>;
}

export const EMPTY_LEDGER: IncentiveLedger = copy(undefined);

function copy(from: IncentiveLedger | undefined): MutableLedger {
  return {
    lots: new Map(from?.lots),
    holds: new Map(from?.holds),
    owed: from?.owed ?? 0,
    earned: from?.earned ?? 0,
    spent: from?.spent ?? 0,
    expired: from?.expired ?? 0,
    clawedBack: from?.clawedBack ?? 0,
    pointsByRecord: new Map(from?.pointsByRecord),
    minutesByRecord: new Map(from?.minutesByRecord),
    timeBankMinutes: from?.timeBankMinutes ?? 0,
    family: new Map(from?.family),
    timeBankOperations: new Set(from?.timeBankOperations),
    starLevel: from?.starLevel ?? 0,
    bannedUntil: from?.bannedUntil ?? null,
    awardedRounds: new Set(from?.awardedRounds),
  };
}

const addTo = (map: Map<string, number>, key: string, delta: number) =>
  map.set(key, (map.get(key) ?? 0) + delta);

function takeFromLot(ledger: MutableLedger, lotId: string, points: number): void {
  const lot = ledger.lots.get(lotId);
  if (lot) ledger.lots.set(lotId, { ...lot, remaining: lot.remaining - points });
}

/** Applies one event to a ledger being built (only ever a fresh copy owned by the builder). */
function apply(ledger: MutableLedger, event: IncentiveEvent): void {
  switch (event.type) {
    case 'PointsEarned': {
      const d = event.data;
      const spendable = d.points - d.settledOwed;
      ledger.lots.set(d.lotId, {
        lotId: d.lotId,
        source: d.source,
        points: spendable,
        remaining: spendable,
        earnedOn: d.earnedOn,
        expiresOn: d.expiresOn,
      });
      ledger.owed -= d.settledOwed;
      ledger.earned += d.points;
      if (d.source.type === 'service-record') addTo(ledger.pointsByRecord, d.source.id, d.points);
      return;
    }
    case 'PointsClawedBack': {
      const d = event.data;
      for (const part of d.fromLots) takeFromLot(ledger, part.lotId, part.points);
      ledger.owed += d.owed;
      ledger.clawedBack += d.points;
      if (d.source.type === 'service-record') addTo(ledger.pointsByRecord, d.source.id, -d.points);
      return;
    }
    case 'PointsExpired':
      takeFromLot(ledger, event.data.lotId, event.data.points);
      ledger.expired += event.data.points;
      return;
    case 'PointsHeld': {
      const d = event.data;
      for (const part of d.allocations) takeFromLot(ledger, part.lotId, part.points);
      ledger.holds.set(d.redemptionId, {
        redemptionId: d.redemptionId,
        benefitId: d.benefitId,
        partnerId: d.partnerId,
        points: d.points,
        allocations: d.allocations,
        expiresAt: d.expiresAt,
        status: 'held',
      });
      return;
    }
    case 'PointsHoldCaptured': {
      const hold = ledger.holds.get(event.data.redemptionId);
      if (!hold || hold.status !== 'held') return;
      ledger.holds.set(hold.redemptionId, { ...hold, status: 'captured' });
      ledger.spent += hold.points;
      return;
    }
    case 'PointsHoldReleased': {
      const hold = ledger.holds.get(event.data.redemptionId);
      if (!hold || hold.status !== 'held') return;
      ledger.holds.set(hold.redemptionId, { ...hold, status: 'released' });
      for (const part of hold.allocations) takeFromLot(ledger, part.lotId, -part.points);
      return;
    }
    case 'TimeBankDeposited':
      ledger.timeBankMinutes += event.data.minutes;
      if (event.data.source.type === 'service-record')
        addTo(ledger.minutesByRecord, event.data.source.id, event.data.minutes);
      return;
    case 'TimeBankAdjusted':
      ledger.timeBankMinutes += event.data.minutes;
      if (event.data.source.type === 'service-record')
        // The record no longer backs the whole change asked for, including the uncovered part.
        addTo(ledger.minutesByRecord, event.data.source.id, event.data.minutes - event.data.uncoveredMinutes);
      return;
    case 'TimeBankWithdrawn':
      ledger.timeBankMinutes -= event.data.minutes;
      ledger.timeBankOperations.add(event.data.withdrawalId);
      return;
    case 'TimeBankTransferredOut':
      ledger.timeBankMinutes -= event.data.minutes;
      ledger.timeBankOperations.add(`out:${event.data.transferId}`);
      return;
    case 'TimeBankTransferredIn':
      ledger.timeBankMinutes += event.data.minutes;
      ledger.timeBankOperations.add(`in:${event.data.transferId}`);
      return;
    case 'FamilyMemberLinked':
      ledger.family.set(event.data.familyVolunteerId, event.data.relation);
      return;
    case 'StarAwarded':
      ledger.starLevel = event.data.level;
      ledger.awardedRounds.add(event.data.roundId);
      return;
    case 'StarRevoked':
      ledger.starLevel = event.data.level;
      ledger.bannedUntil = event.data.bannedUntil;
      return;
    default:
      return unreachable(event);
  }
}

/** A volunteer's incentive events as a persistent list, newest first (as service events are kept). */
export interface IncentiveEventList {
  readonly event: IncentiveEvent;
  readonly previous: IncentiveEventList | null;
}

const built = new WeakMap<IncentiveEventList, IncentiveLedger>();

/** The ledger a list of events leaves, built once per list and reused by longer lists. */
export function incentiveLedgerFrom(list: IncentiveEventList | null): IncentiveLedger {
  if (!list) return EMPTY_LEDGER;
  const known = built.get(list);
  if (known) return known;
  const newer: IncentiveEvent[] = [];
  let base: IncentiveLedger = EMPTY_LEDGER;
  for (let node: IncentiveEventList | null = list; node; node = node.previous) {
    const cached = built.get(node);
    if (cached) {
      base = cached;
      break;
    }
    newer.push(node.event);
  }
  const ledger = copy(base);
  for (let i = newer.length - 1; i >= 0; i--) apply(ledger, newer[i]);
  built.set(list, ledger);
  return ledger;
}

/** Points in lots still spendable on `today` (YYYY-MM-DD), soonest-expiring first. */
export function spendableLots(ledger: IncentiveLedger, today: string): PointsLot[] {
  return [...ledger.lots.values()]
    .filter((lot) => lot.remaining > 0 && lot.expiresOn >= today)
    .sort((a, b) =>
      a.expiresOn === b.expiresOn ? compare(a.lotId, b.lotId) : compare(a.expiresOn, b.expiresOn),
    );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What the volunteer can spend on `today`: points in unexpired lots, less what is owed. */
export function availablePoints(ledger: IncentiveLedger, today: string): number {
  return spendableLots(ledger, today).reduce((sum, lot) => sum + lot.remaining, 0) - ledger.owed;
}

export function heldPoints(ledger: IncentiveLedger): number {
  let held = 0;
  for (const hold of ledger.holds.values()) if (hold.status === 'held') held += hold.points;
  return held;
}
