/**
 * One bounded autocannon run against 127.0.0.1, every request built on the spot (autocannon's
 * `setupRequest` hook) so that no two requests need be alike. Only 2xx answers count as throughput;
 * latencies are those of 2xx answers (`excludeErrorStats`); everything else is counted apart.
 */

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest, context: object) => AutocannonRequest | null;
  onResponse?: (status: number, body: string, context: object, headers: Record<string, string>) => void;
}

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  resets: number;
  '2xx': number;
  statusCodeStats: Record<string, { count: number }>;
  latency: { p50: number; p90: number; p99: number; max: number; average: number };
  requests: { sent: number };
}

interface AutocannonInstance {
  stop(): void;
}

type Autocannon = (
  options: Record<string, unknown>,
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

// autocannon 8 ships CommonJS without types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon;

export interface NextRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: string;
  /** This request's bearer token instead of the run's (e.g. each volunteer checking itself in). */
  readonly token?: string;
}

export interface LoadOptions {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly token?: string;
  /** Builds the next request (called once per request sent, across all connections). */
  readonly next: () => NextRequest;
  /** At most this many requests (the run then ends early, which the result says). */
  readonly amount?: number;
  /** Sees every answer (status and body), e.g. to collect the ids of created records. */
  readonly onAnswer?: (status: number, body: string) => void;
}

export interface LoadResult {
  /** Seconds the run lasted (autocannon's own clock). */
  readonly seconds: number;
  readonly ok: number;
  /** 2xx answers per second. */
  readonly rate: number;
  /** Latency of 2xx answers, ms. */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly non2xx: number;
  /** Connection errors and timeouts (no answer at all). */
  readonly errors: number;
  readonly timeouts: number;
  /** Every status code answered, with its count. */
  readonly statuses: Record<string, number>;
  /** Set when the run ended before its time (e.g. it ran out of records to confirm). */
  readonly endedEarly?: string;
}

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(options.url))
    throw new Error(`the bench loads 127.0.0.1 only, not ${options.url}`);
  const auth: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  const json = { ...auth, 'content-type': 'application/json' };
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        pipelining: 1,
        // With `amount` autocannon ignores `duration`: the timer below bounds the run instead.
        duration: options.seconds,
        ...(options.amount !== undefined ? { amount: options.amount } : {}),
        timeout: 10,
        excludeErrorStats: true,
        requests: [
          {
            setupRequest: (request: AutocannonRequest): AutocannonRequest => {
              const next = options.next();
              const own: Record<string, string> = next.token ? { authorization: `Bearer ${next.token}` } : {};
              return {
                ...request,
                method: next.method,
                path: next.path,
                body: next.body ?? '',
                headers: next.body === undefined ? { ...auth, ...own } : { ...json, ...own },
              };
            },
            ...(options.onAnswer
              ? { onResponse: (status: number, body: string) => options.onAnswer!(status, body) }
              : {}),
          },
        ],
      },
      (error, result) => {
        if (timer) clearTimeout(timer);
        if (error) return reject(error);
        const statuses: Record<string, number> = {};
        for (const [code, { count }] of Object.entries(result.statusCodeStats)) statuses[code] = count;
        const seconds = result.duration;
        const early = seconds < options.seconds * 0.98;
        resolve({
          seconds,
          ok: result['2xx'],
          rate: result['2xx'] / seconds,
          p50: result.latency.p50,
          p99: result.latency.p99,
          max: result.latency.max,
          non2xx: result.non2xx,
          errors: result.errors - result.timeouts,
          timeouts: result.timeouts,
          statuses,
          ...(early
            ? { endedEarly: `ended after ${seconds.toFixed(1)} s of ${options.seconds} (all requests sent)` }
            : {}),
        });
      },
    );
    if (options.amount !== undefined) timer = setTimeout(() => instance.stop(), options.seconds * 1000);
  });
}
