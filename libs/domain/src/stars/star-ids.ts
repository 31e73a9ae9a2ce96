import { createHash } from 'node:crypto';

/**
 * Rule sets and rounds take ids derived from the command that created them: a create retried with
 * the same Idempotency-Key lands on the same stream, where the runner writes nothing twice.
 */
const PREFIXES = { ruleSet: 'srs', round: 'srd' } as const;

export function starIdFor(kind: keyof typeof PREFIXES, commandId: string): string {
  const digest = createHash('sha256').update(`star-${kind}\u0000${commandId}`).digest('hex');
  return `${PREFIXES[kind]}-${digest.slice(0, 24)}`;
}

export const STAR_RULE_SET_ID_FORMAT = /^(?:national|srs-[0-9a-f]{24})$/;
export const STAR_ROUND_ID_FORMAT = /^srd-[0-9a-f]{24}$/;

export const starRuleSetStream = (ruleSetId: string): string => `star-rule-set-${ruleSetId}`;
export const starRoundStream = (roundId: string): string => `star-round-${roundId}`;
