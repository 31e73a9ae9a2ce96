import { api } from '../../api/client';
import type { Page } from '../../api/types';

/** The shapes of the API answers the venue's pages read (API.md; the served OpenAPI document). */

export interface LookupBenefit {
  readonly benefitId: string;
  readonly title: string;
  readonly pointsCost: number;
  readonly stockLeft: number;
  /** A redemption of it would be accepted now. */
  readonly eligible: boolean;
  /** The problem code a redemption would be refused with (INSUFFICIENT_POINTS, OUT_OF_STOCK, …). */
  readonly reason?: string;
}

export interface CodeLookup {
  readonly volunteer: {
    readonly volunteerId: string;
    readonly volunteerNo: string;
    readonly nameMasked: string;
    readonly starLevel: number;
  };
  readonly pointsAvailable: number;
  readonly codeExpiresAt: string;
  readonly benefits: readonly LookupBenefit[];
}

export type RedemptionStatus = 'requested' | 'held' | 'failed' | 'captured' | 'voided' | 'expired';

export interface Redemption {
  readonly id: string;
  readonly status: RedemptionStatus;
  readonly benefitId: string;
  readonly partnerId: string;
  readonly volunteerId: string;
  readonly points: number;
  readonly via: 'volunteer' | 'partner-code' | 'administrator';
  readonly requestedAt: string;
  /** An uncaptured hold lapses then. */
  readonly expiresAt: string;
  readonly failure?: { readonly code: string };
}

export interface Benefit {
  readonly id: string;
  readonly partnerId: string;
  readonly title: string;
  readonly pointsCost: number;
  readonly minStarLevel: number;
  readonly stock: number;
  readonly stockLeft: number;
  readonly held: number;
  readonly captured: number;
  readonly perVolunteerLimit: number;
  readonly validFrom: string;
  readonly validTo: string;
}

/**
 * The longest period one redemption listing or export covers (apps/api partners.controller
 * MAX_LIST_DAYS): `to` at most this many days after `from`.
 */
export const MAX_EXPORT_DAYS = 62;

export const BENEFIT_PAGE_SIZE = 20;
/** The API's largest page (apps/api http/paging MAX_PAGE_SIZE). */
const LARGEST_PAGE = 100;

const partner = (partnerId: string) => `/partners/${encodeURIComponent(partnerId)}`;
const redemption = (id: string) => `/redemptions/${encodeURIComponent(id)}`;

export const venueApi = {
  /** Reads what the code may take without using it; the code travels only in the body. */
  lookup: (code: string) => api.post<CodeLookup>('/redemption-codes/lookup', { code }),
  /** Holds the points and a unit; the key makes a retry of the same attempt harmless. */
  hold: (benefitId: string, volunteerCode: string, idempotencyKey: string) =>
    api.post<Redemption>('/redemptions', { benefitId, volunteerCode }, { 'Idempotency-Key': idempotencyKey }),
  capture: (id: string) => api.post<Redemption>(`${redemption(id)}/capture`),
  void: (id: string, reason: string) => api.post<Redemption>(`${redemption(id)}/void`, { reason }),
  redemptions: (partnerId: string, day: string) =>
    api.get<{ items: Redemption[] }>(`${partner(partnerId)}/redemptions`, { from: day, to: day }),
  benefits: (partnerId: string, page: number, pageSize = BENEFIT_PAGE_SIZE, active?: boolean) =>
    api.get<Page<Benefit>>(`${partner(partnerId)}/benefits`, { page, pageSize, active }),
  /** Every benefit the venue offers, page after page, to name them in its redemption list. */
  async allBenefits(partnerId: string): Promise<Benefit[]> {
    const items: Benefit[] = [];
    for (let page = 1; ; page++) {
      const answer = await venueApi.benefits(partnerId, page, LARGEST_PAGE);
      items.push(...answer.items);
      if (answer.items.length === 0 || items.length >= answer.total) return items;
    }
  },
  exportCsv: (partnerId: string, from: string, to: string) =>
    api.download(`${partner(partnerId)}/redemptions.csv`, `redemptions-${from}-${to}.csv`, { from, to }),
};
