import type { HttpClient } from '../support/http-client';
import { ACTORS, type ActorKey, type Fixtures } from './access-fixtures';

/** One row of the access matrix (access-matrix.e2e-spec.ts); features add theirs in rows/. */
export type Method = 'GET' | 'POST' | 'PUT';

export interface Request {
  /** Under /api/v1. */
  readonly path: string;
  readonly body?: unknown;
  /** Headers the call needs (an Idempotency-Key). */
  readonly headers?: Record<string, string>;
  /** Another client for this cell's caller, when the cell needs a caller of its own (a fresh "self"). */
  readonly as?: HttpClient;
}

export interface Endpoint {
  readonly method: Method;
  /** The route as the served OpenAPI document names it, under /api/v1. */
  readonly route: string;
  /** A second row on one route, when who may call it depends on what the request names. */
  readonly variant?: string;
  /** Who PRODUCT.md and API.md let through; every other signed-in caller gets 403, no token 401. */
  readonly allowed: readonly ActorKey[];
  /** A public route (API.md: verification, issuer keys): a caller without a token gets `ok` too. */
  readonly public?: boolean;
  /** What an allowed call answers: its 2xx, or a business refusal (422…) when access passes but a rule does not. */
  readonly ok: number;
  /** Where the rule comes from. */
  readonly rule: string;
  /** Builds the request, with fresh resources for every write so no cell depends on another. */
  readonly request: (f: Fixtures, actor: ActorKey) => Request | Promise<Request>;
}

export const ADMINS: readonly ActorKey[] = ['admin@410000', 'admin@410100', 'admin@410122'];
export const ORGANISERS: readonly ActorKey[] = [...ADMINS, 'organiser@410122'];
export const READERS: readonly ActorKey[] = [...ORGANISERS, 'auditor@410100'];
export const VOLUNTEER_READERS: readonly ActorKey[] = [...READERS, 'volunteer@410122(self)'];
export const EVERY_ACCOUNT: readonly ActorKey[] = ACTORS.filter((actor) => actor !== 'anonymous');
