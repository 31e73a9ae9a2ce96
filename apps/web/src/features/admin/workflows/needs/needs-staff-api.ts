import { api } from '../../../../api/client';
import type { Page } from '../../../../api/types';
import type { NeedField, NeedStatus, NeedStep } from '../../../needs/needs-api';

/** null once the requester is forgotten. */
export interface NeedContact {
  readonly name: string | null;
  readonly phone: string | null;
  readonly organisation?: string | null;
}

/** A need as staff read it (GET /needs, GET /needs/{id}): the contact masked. */
export interface StaffNeed {
  readonly id: string;
  readonly trackingNo?: string;
  readonly title: string;
  readonly description?: string;
  readonly field: NeedField;
  readonly regionCode: string;
  readonly status: NeedStatus;
  readonly overdue?: boolean;
  readonly submittedAt?: string;
  readonly requester?: NeedContact;
  readonly preferredFrom?: string | null;
  readonly preferredTo?: string | null;
  readonly teamId?: string | null;
  /** Steps, oldest first, with the account that took each (`public`, `system` or an account). */
  readonly timeline?: readonly (NeedStep & { readonly by?: string; readonly teamId?: string })[];
  readonly rating?: { readonly score: number; readonly comment?: string | null } | null;
}

export type NeedCommand =
  | { readonly kind: 'accept' }
  | { readonly kind: 'decline'; readonly reason: string }
  | { readonly kind: 'dispatch'; readonly teamId: string }
  | { readonly kind: 'take' }
  | { readonly kind: 'return'; readonly reason: string }
  | { readonly kind: 'close'; readonly reason: string };

const path = (id: string) => `/needs/${encodeURIComponent(id)}`;

export const NEEDS_PAGE_SIZE = 20;

export const listNeeds = (filters: { status?: NeedStatus; field?: NeedField; page: number }) =>
  api.get<Page<StaffNeed>>('/needs', {
    status: filters.status,
    field: filters.field,
    page: filters.page,
    pageSize: NEEDS_PAGE_SIZE,
  });

export const loadNeed = (id: string) => api.get<StaffNeed>(path(id));

/** The unmasked contact: the server records each call (who saw it, when). */
export const loadNeedContact = (id: string) => api.get<NeedContact>(`${path(id)}/contact`);

export function sendNeedCommand(id: string, command: NeedCommand): Promise<unknown> {
  const { kind, ...body } = command;
  return api.post<unknown>(`${path(id)}/${kind}`, body);
}

/** Overdue first (as the server sends them); otherwise the server's order. */
export const overdueFirst = (needs: readonly StaffNeed[]): StaffNeed[] =>
  [...needs].sort((a, b) => Number(!!b.overdue) - Number(!!a.overdue));
