import { api, newIdempotencyKey } from '../../api/client';
import type { Page } from '../../api/types';

/** The shapes of the API answers the volunteer's pages read (API.md; the served OpenAPI document). */

export interface VolunteerSummary {
  readonly volunteerId: string;
  readonly confirmedMinutes: number;
  readonly pendingMinutes: number;
  /** Awarded by a certification round, 0–5. */
  readonly starLevel: number;
  /** What the confirmed hours qualify for under the national rule set. */
  readonly qualifiedStarLevel: number;
  readonly points: {
    readonly available: number;
    readonly held: number;
    readonly earned: number;
    /** Taken back by a void or a downward correction: earned − clawedBack − spent − expired − held = available. */
    readonly clawedBack: number;
    readonly spent: number;
    readonly expired: number;
    /** Available points by their last day, soonest first. */
    readonly expiring: readonly { readonly expiresOn: string; readonly points: number }[];
  };
  readonly timeBank: { readonly balanceMinutes: number };
}

export interface MonthlyHours {
  readonly volunteerId: string;
  readonly months: readonly { readonly month: string; readonly minutes: number; readonly records: number }[];
}

export type HistoryKind = 'hours' | 'points' | 'time-bank' | 'star';

export interface HistoryItem {
  readonly at: string;
  readonly kind: HistoryKind;
  readonly delta: number;
  readonly balanceAfter: number;
  readonly reason: string;
  readonly source: { readonly type: string; readonly id: string };
}

export interface HistoryPage {
  readonly items: HistoryItem[];
  readonly next?: string;
}

export interface CertificateListItem {
  readonly id: string;
  readonly number: string;
  readonly volunteerId: string;
  readonly volunteerNo: string;
  readonly volunteerName: string;
  readonly issuedAt: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly totals: { readonly minutes: number; readonly records: number };
  readonly status: 'valid' | 'revoked';
}

/** The parts of an issued certificate the request page shows. */
export interface IssuedCertificate {
  readonly id: string;
  readonly number: string;
  readonly issuedAt: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly totals: { readonly minutes: number; readonly records: number };
  readonly verifyUrl: string;
}

export interface CertificateRequest {
  readonly from: string;
  readonly to: string;
  readonly purpose?: string;
}

export interface RedemptionCode {
  readonly code: string;
  readonly expiresAt: string;
}

export const FAMILY_RELATIONS = [
  'spouse',
  'parent',
  'child',
  'grandparent',
  'grandchild',
  'sibling',
] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

export interface FamilyMember {
  readonly volunteerId: string;
  readonly volunteerNo: string;
  readonly name: string;
  readonly relation: FamilyRelation;
}

export interface Transfer {
  readonly id: string;
  readonly toVolunteerId: string;
  readonly minutes: number;
}

const base = (volunteerId: string) => `/volunteers/${encodeURIComponent(volunteerId)}`;

export const HISTORY_PAGE_SIZE = 20;
export const CERTIFICATE_PAGE_SIZE = 10;

export const volunteerApi = {
  summary: (volunteerId: string) => api.get<VolunteerSummary>(`${base(volunteerId)}/summary`),
  /** The server's default range: the last 12 months up to the current business month. */
  monthlyHours: (volunteerId: string) => api.get<MonthlyHours>(`${base(volunteerId)}/monthly-hours`),
  history: (volunteerId: string, cursor?: string) =>
    api.get<HistoryPage>(`${base(volunteerId)}/history`, { limit: HISTORY_PAGE_SIZE, cursor }),
  certificates: (volunteerId: string, page: number) =>
    api.get<Page<CertificateListItem>>('/certificates', {
      volunteerId,
      page,
      pageSize: CERTIFICATE_PAGE_SIZE,
    }),
  requestCertificate: (volunteerId: string, request: CertificateRequest) =>
    api.post<IssuedCertificate>('/certificates', { volunteerId, ...request }),
  downloadCertificate: (certificate: Pick<CertificateListItem, 'id' | 'number'>) =>
    api.download(`/certificates/${encodeURIComponent(certificate.id)}/pdf`, `${certificate.number}.pdf`),
  redemptionCode: (volunteerId: string) => api.post<RedemptionCode>(`${base(volunteerId)}/redemption-codes`),
  family: (volunteerId: string) => api.get<{ items: FamilyMember[] }>(`${base(volunteerId)}/family`),
  /** The volunteer's own record, for its number (the page never shows the masked ID number or phone). */
  self: (volunteerId: string) =>
    api.get<{ readonly name: string; readonly volunteerNo: string }>(base(volunteerId)),
  /** By the family member's volunteer number and name, which the server checks belong together. */
  linkFamily: (
    volunteerId: string,
    member: { volunteerNo: string; name: string; relation: FamilyRelation },
  ) => api.post<unknown>(`${base(volunteerId)}/family`, member),
  /** The key makes a retried request harmless: the server transfers once per key. */
  transfer: (
    volunteerId: string,
    body: { toVolunteerId: string; minutes: number },
    key = newIdempotencyKey(),
  ) => api.post<Transfer>(`${base(volunteerId)}/time-bank/transfers`, body, { 'Idempotency-Key': key }),
};

/** The public page that verifies a certificate by its number (a Chinese page for a browser). */
export const verifyPathOf = (number: string): string => `/api/v1/verify/${encodeURIComponent(number)}`;
