import { createHash } from 'node:crypto';

/** Sign-up ids derive from the command that made them: a retried sign-up lands on the same id. */
export const signupIdFor = (commandId: string): string =>
  `sgn-${createHash('sha256').update(`signup\u0000${commandId}`).digest('hex').slice(0, 24)}`;

export const SIGNUP_ID_FORMAT = /^sgn-[0-9a-f]{24}$/;
