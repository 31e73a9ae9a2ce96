/**
 * The volunteer's one-time redemption code: 16 digits (libs/application redemption-code.handler),
 * shown as a QR code and as digits in groups of four, typed at the counter with or without spaces.
 */
export const CODE_LENGTH = 16;

export type CodeProblem = 'codeRequired' | 'codeDigitsOnly' | 'codeLength';

/** The digits alone: spaces (and the line breaks a scanner may add) are only for reading. */
export const normalizeCode = (input: string): string => input.replace(/\s+/g, '');

export function codeProblem(input: string | undefined): CodeProblem | undefined {
  const code = normalizeCode(input ?? '');
  if (!code) return 'codeRequired';
  if (!/^\d+$/.test(code)) return 'codeDigitsOnly';
  if (code.length !== CODE_LENGTH) return 'codeLength';
  return undefined;
}

/** "1234 5678 9012 3456": easier to read out and to compare by eye. */
export const groupCode = (code: string): string =>
  normalizeCode(code)
    .replace(/(.{4})(?=.)/g, '$1 ')
    .trim();
