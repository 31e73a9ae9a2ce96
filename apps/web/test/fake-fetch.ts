/**
 * jsdom has no fetch or Response. Component tests answer the console's calls with these stand-ins,
 * shaped like the real API's JSON and problem+json answers (the real API is exercised by the
 * browser end-to-end tests in test/web).
 */
export interface FakeResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  json(): Promise<unknown>;
  blob(): Promise<Blob>;
}

export function jsonResponse(status: number, body: unknown): FakeResponse {
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: '',
    json: async () => body,
    blob: async () => new Blob([JSON.stringify(body)]),
  };
}

export const problemResponse = (status: number, code: string, detail = code) =>
  jsonResponse(status, { type: 'about:blank', title: code, status, detail, code });

type Route = (url: string, init: RequestInit) => FakeResponse | undefined;

/** Installs a fetch that answers from `routes` in order; an unanswered call fails the test loudly. */
export function installFetch(...routes: Route[]): jest.Mock {
  const fake = jest.fn(async (url: string, init: RequestInit = {}) => {
    for (const route of routes) {
      const answer = route(url, init);
      if (answer) return answer;
    }
    throw new Error(`unexpected ${init.method ?? 'GET'} ${url}`);
  });
  (globalThis as unknown as { fetch: unknown }).fetch = fake;
  return fake;
}

export const on =
  (method: string, path: string | RegExp, answer: (url: string, init: RequestInit) => FakeResponse): Route =>
  (url, init) => {
    const pathname = url.split('?')[0];
    const matches = typeof path === 'string' ? pathname === path : path.test(pathname);
    return (init.method ?? 'GET') === method && matches ? answer(url, init) : undefined;
  };
