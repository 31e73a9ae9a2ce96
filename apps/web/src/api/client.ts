import { ApiError, type FieldError } from './api-error';

export const API_BASE = '/api/v1';

export type QueryValue = string | number | boolean | undefined | null;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  readonly query?: Query;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

type UnauthenticatedListener = () => void;

let accessToken: string | undefined;
let onUnauthenticated: UnauthenticatedListener = () => undefined;

/** The console keeps one token per tab (sessionStorage, see AuthProvider); the client only carries it. */
export function setAccessToken(token: string | undefined): void {
  accessToken = token;
}

export function setUnauthenticatedListener(listener: UnauthenticatedListener): void {
  onUnauthenticated = listener;
}

export function buildUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

async function send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), { method, headers, body });
  } catch (cause) {
    throw ApiError.network(cause);
  }
  if (!response.ok) throw await problemOf(response);
  return response;
}

async function problemOf(response: Response): Promise<ApiError> {
  let document: { code?: string; detail?: string; title?: string; errors?: FieldError[] } = {};
  try {
    document = (await response.json()) as typeof document;
  } catch {
    // Not a problem document (a proxy's error page, say): the status alone must do.
  }
  if (response.status === 401 && accessToken) onUnauthenticated();
  return new ApiError(
    response.status,
    document.code ?? `HTTP_${response.status}`,
    document.detail ?? document.title ?? response.statusText,
    document.errors ?? [],
  );
}

async function json<T>(method: string, path: string, options?: RequestOptions): Promise<T> {
  const response = await send(method, path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => json<T>('GET', path, { query }),
  /** A read with the answer's ETag (its stream revision), to send back later in If-Match. */
  async getTagged<T>(path: string, query?: Query): Promise<{ data: T; etag?: string }> {
    const response = await send('GET', path, { query });
    return { data: (await response.json()) as T, etag: response.headers?.get('etag') ?? undefined };
  },
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
    json<T>('POST', path, { body: body ?? {}, headers }),
  put: <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
    json<T>('PUT', path, { body: body ?? {}, headers }),
  /** Fetches a file with the caller's token and hands it to the browser as a download. */
  async download(path: string, fileName: string, query?: Query): Promise<void> {
    const response = await send('GET', path, { query, headers: { accept: '*/*' } });
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};

/** A fresh key for `Idempotency-Key` and other retry-safe commands. */
export const newIdempotencyKey = (): string => crypto.randomUUID();
