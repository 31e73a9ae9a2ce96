import { createHash } from 'node:crypto';

const PREFIXES = { partner: 'ptn', benefit: 'ben', redemption: 'red' } as const;
export type PartnerIdKind = keyof typeof PREFIXES;

/** Ids derived from the command id: a retried request names the same partner, benefit or redemption. */
export function partnerIdFor(kind: PartnerIdKind, commandId: string): string {
  const digest = createHash('sha256').update(`${kind}\u0000${commandId}`).digest('hex');
  return `${PREFIXES[kind]}-${digest.slice(0, 24)}`;
}

export function isPartnerId(kind: PartnerIdKind, value: unknown): value is string {
  return typeof value === 'string' && new RegExp(`^${PREFIXES[kind]}-[0-9a-f]{24}$`).test(value);
}

/** The SHA-256 of a volunteer code, the only form of it the ledger keeps. */
export const redemptionCodeHash = (code: string): string => createHash('sha256').update(code).digest('hex');
