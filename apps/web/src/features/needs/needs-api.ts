import { ApiError } from '../../api/api-error';
import { api, buildUrl } from '../../api/client';

/** The API's need statuses (docs/api.md "Needs of the public"). */
export type NeedStatus =
  'submitted' | 'accepted' | 'declined' | 'dispatched' | 'taken' | 'fulfilled' | 'rated' | 'closed';

export type NeedField =
  'industry' | 'rural-revitalization' | 'civility' | 'science-education' | 'health' | 'other';

export const NEED_FIELDS: readonly NeedField[] = [
  'industry',
  'rural-revitalization',
  'civility',
  'science-education',
  'health',
  'other',
];

export interface NeedSubmission {
  readonly title: string;
  readonly description: string;
  readonly field: NeedField;
  readonly regionCode: string;
  readonly requester: { readonly name: string; readonly phone: string; readonly organisation?: string };
  readonly preferredFrom?: string;
  readonly preferredTo?: string;
  readonly consent: true;
}

export interface NeedReceipt {
  readonly trackingNo: string;
  readonly status: NeedStatus;
  readonly accessToken: string;
}

/** One step of a need's life as the API lists it: `type` is the event's name (NeedAccepted, …). */
export interface NeedStep {
  readonly type: string;
  readonly at: string;
  readonly reason?: string;
}

/** GET /public/needs/{trackingNo}: what the requester sees of its need. */
export interface PublicNeed {
  readonly trackingNo: string;
  readonly title: string;
  readonly status: NeedStatus;
  readonly submittedAt?: string;
  readonly timeline: readonly NeedStep[];
  readonly rating: { readonly score: number; readonly comment?: string | null } | null;
}

const tokenHeader = (token: string) => ({ 'X-Need-Token': token });

export const submitNeed = (need: NeedSubmission) => api.post<NeedReceipt>('/public/needs', need);

/** GET /public/needs/{trackingNo} with the need's secret in `X-Need-Token`; a wrong pair answers 404. */
export async function trackNeed(trackingNo: string, token: string): Promise<PublicNeed> {
  let response: Response;
  try {
    response = await fetch(buildUrl(`/public/needs/${encodeURIComponent(trackingNo)}`), {
      method: 'GET',
      headers: { accept: 'application/json', ...tokenHeader(token) },
    });
  } catch (cause) {
    throw ApiError.network(cause);
  }
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as PublicNeed;
}

export const rateNeed = (trackingNo: string, token: string, rating: { score: number; comment?: string }) =>
  api.post<unknown>(`/public/needs/${encodeURIComponent(trackingNo)}/rating`, rating, tokenHeader(token));

async function problemOf(response: Response): Promise<ApiError> {
  let document: { code?: string; detail?: string } = {};
  try {
    document = (await response.json()) as typeof document;
  } catch {
    // Not a problem document: the status alone must do.
  }
  return new ApiError(response.status, document.code ?? `HTTP_${response.status}`, document.detail ?? '');
}
