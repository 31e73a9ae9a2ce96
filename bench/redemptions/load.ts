/**
 * One bounded autocannon run against 127.0.0.1 whose connections each repeat a sequence of requests
 * (a hold, then the capture of that hold), every request built on the spot with its own headers (a
 * fresh Idempotency-Key). Unlike bench/api/load.ts it sees each answer with the connection's context,
 * so it can count answers per kind of request, per benefit, and per status and problem `code`.
 */

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest | null;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  statusCodeStats: Record<string, { count: number }>;
  latency: { p50: number; p99: number; max: number };
}

type Autocannon = (
  options: Record<string, unknown>,
  done: (error: Error | null, result: AutocannonResult) => void,
) => { stop(): void };

// autocannon 8 ships CommonJS without types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon;

/** What one step of a connection's sequence sends. */
export interface StepRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/** One step of the sequence every connection repeats. */
export interface Step {
  /** The kind of request, for the counts ("hold", "capture"). */
  readonly kind: string;
  /**
   * The next request of this kind, given the connection's context (what earlier steps of this pass
   * left there); null skips the rest of the pass, and the connection starts the sequence again.
   */
  build(context: Record<string, unknown>): StepRequest | null;
  /** Sees the answer, with the same context. */
  answered?(status: number, body: string, context: Record<string, unknown>): void;
}

export interface LoadOptions {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly token: string;
  readonly steps: readonly Step[];
}

export interface LoadResult {
  /** Seconds the run lasted (autocannon's own clock). */
  readonly seconds: number;
  /** 2xx answers, and 2xx answers per second. */
  readonly ok: number;
  readonly rate: number;
  /** Latency of 2xx answers, ms (1 ms resolution). */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly non2xx: number;
  /** Connection errors (no answer) and timeouts (no answer within 10 s). */
  readonly errors: number;
  readonly timeouts: number;
  /** Answers by kind of request, then by "status" or "status CODE" for problems: e.g. hold → 409 CONFLICT. */
  readonly answers: Record<string, Record<string, number>>;
}

const PROBLEM_CODE = /"code"\s*:\s*"([A-Z_]+)"/;

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(options.url))
    throw new Error(`the bench loads 127.0.0.1 only, not ${options.url}`);
  const auth = { authorization: `Bearer ${options.token}` };
  const answers: Record<string, Record<string, number>> = {};
  const count = (kind: string, what: string) => {
    const of = (answers[kind] ??= {});
    of[what] = (of[what] ?? 0) + 1;
  };
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: options.url,
        connections: options.connections,
        pipelining: 1,
        duration: options.seconds,
        timeout: 10,
        excludeErrorStats: true,
        requests: options.steps.map((step): AutocannonRequest => ({
          setupRequest: (request, context) => {
            const next = step.build(context);
            if (!next) return null;
            return {
              ...request,
              method: next.method,
              path: next.path,
              body: next.body ?? '',
              headers: {
                ...auth,
                ...(next.body === undefined ? {} : { 'content-type': 'application/json' }),
                ...next.headers,
              },
            };
          },
          onResponse: (status, body, context) => {
            const code = status >= 300 ? PROBLEM_CODE.exec(body)?.[1] : undefined;
            count(step.kind, code ? `${status} ${code}` : String(status));
            step.answered?.(status, body, context);
          },
        })),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          seconds: result.duration,
          ok: result['2xx'],
          rate: result['2xx'] / result.duration,
          p50: result.latency.p50,
          p99: result.latency.p99,
          max: result.latency.max,
          non2xx: result.non2xx,
          errors: result.errors - result.timeouts,
          timeouts: result.timeouts,
          answers,
        });
      },
    );
  });
}
