/** The API shapes the administrator workflows read (API.md and the served OpenAPI document). */

export type RecordStatus = 'pending' | 'confirmed' | 'rejected' | 'voided';

/** An item of `GET /service-records`. */
export interface ServiceRecordItem {
  readonly id: string;
  readonly volunteerId: string;
  readonly volunteerNo: string;
  readonly volunteerName: string;
  readonly activityId: string;
  /** Null when the activity is not (yet) in the reader's read model. */
  readonly activityTitle: string | null;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly minutes: number;
  readonly status: RecordStatus;
  readonly content?: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export type RoundStatus = 'open' | 'drawn' | 'noticed' | 'finalizing' | 'finalized';

/** An item of `GET /star-rounds`. */
export interface StarRoundItem {
  readonly id: string;
  readonly regionCode: string;
  readonly cutoff: string;
  readonly status: RoundStatus;
  readonly ruleSetId: string;
  readonly candidateCount: number;
  readonly excludedCount: number;
  readonly noticeEndsOn?: string;
  readonly openedAt: string;
  readonly finalizedAt?: string;
}

/** `GET /star-rounds/{id}` and the answer of every command on a round. */
export interface StarRound {
  readonly id: string;
  readonly regionCode: string;
  readonly cutoff: string;
  readonly ruleSetId: string;
  readonly ruleVersion: string;
  readonly window: string;
  readonly noticeWorkingDays: number;
  readonly status: RoundStatus;
  readonly draw: number;
  readonly candidateCount: number;
  readonly excludedCount: number;
  readonly noticePublishedOn: string | null;
  readonly noticeEndsOn: string | null;
  readonly awarded: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly openedBy: string;
  readonly openedAt: string;
  readonly drawnAt: string | null;
  readonly finalizedAt: string | null;
}

/** An item of `GET /star-rounds/{id}/candidates` (cursor paged: `limit`, `after` → `next`). */
export interface StarCandidate {
  readonly volunteerId: string;
  readonly confirmedMinutes: number;
  readonly currentStarLevel: number;
  readonly proposedStarLevel: number;
  readonly excludedReason?: string | null;
  readonly outcome?: 'awarded' | 'unchanged' | 'skipped' | null;
  readonly outcomeCode?: string | null;
}

export interface CandidatePage {
  readonly items: StarCandidate[];
  readonly next?: string;
}

export type CertificateStatus = 'valid' | 'revoked';

/** An item of `GET /certificates`. */
export interface CertificateItem {
  readonly id: string;
  readonly number: string;
  readonly volunteerId: string;
  readonly volunteerNo: string;
  readonly volunteerName: string;
  readonly issuedAt: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly totals: { readonly minutes: number; readonly records: number };
  readonly status: CertificateStatus;
}

/** `GET /certificates/{id}`, `POST /certificates` and `POST /certificates/{id}/revoke`. */
export interface Certificate {
  readonly id: string;
  readonly number: string;
  readonly issuedAt: string;
  readonly issuedOn: string;
  readonly status: CertificateStatus;
  readonly revocation: {
    readonly reason: string;
    readonly revokedAt: string;
    readonly revokedBy: string;
  } | null;
  readonly purpose: string | null;
  readonly volunteer: {
    readonly id: string;
    readonly name: string;
    readonly idType: string | null;
    readonly idNumberMasked: string | null;
    readonly volunteerNo: string;
  };
  readonly period: { readonly from: string; readonly to: string };
  readonly totals: { readonly minutes: number; readonly records: number; readonly trainingMinutes?: number };
  readonly records: readonly {
    readonly recordId: string;
    readonly activityId: string;
    readonly activity: string;
    readonly date: string;
    readonly startedAt: string;
    readonly endedAt: string;
    readonly minutes: number;
    readonly content: string;
  }[];
  readonly starLevel: number;
  readonly issuer: {
    readonly id: string;
    readonly name: string;
    readonly regionCode: string;
    readonly personInCharge: string;
    readonly handler: string;
    readonly contact: string;
  };
  readonly verifyUrl: string;
}

/** An item of `GET /volunteers?q=` (never an ID number or a phone). */
export interface VolunteerItem {
  readonly id: string;
  readonly volunteerNo: string;
  readonly name: string;
  /** Masked (4101**********1234), to tell people of one name apart; null once forgotten. */
  readonly idNumberMasked?: string | null;
  readonly phoneMasked?: string | null;
  readonly regionCode: string;
  readonly confirmedMinutes: number;
  readonly starLevel: number;
}
