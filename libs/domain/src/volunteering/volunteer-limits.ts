import { RuleViolation } from '../errors';

/** Lengths of the free-text fields (characters), shared by the rules and the HTTP validation. */
export const TEXT_LIMITS = {
  reason: 500,
  content: 1000,
  course: 200,
  title: 200,
  awardedBy: 200,
  comment: 2000,
} as const;

/** A training counts for at most this many minutes (a 100-hour course). */
export const TRAINING_MAX_MINUTES = 100 * 60;

/** `2026`, `2026-H1`, `2026-Q3`, `2026-09`. */
export const EVALUATION_PERIOD_PATTERN = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$/;

export function requireVolunteeringText(field: keyof typeof TEXT_LIMITS, value: string): string {
  const text = value.trim();
  const max = TEXT_LIMITS[field];
  if (text.length < 1 || [...text].length > max) {
    throw new RuleViolation('VALIDATION_FAILED', `${field} must have 1–${max} characters`, {
      errors: [{ field, message: `${field} must have 1–${max} characters` }],
    });
  }
  return text;
}

/** The first day of an evaluation period (YYYY-MM-DD), or null when the period is malformed. */
export function evaluationPeriodStart(period: string): string | null {
  const match = EVALUATION_PERIOD_PATTERN.exec(period);
  if (!match) return null;
  const [, year, month, quarter, half] = match;
  const firstMonth = month
    ? Number(month)
    : quarter
      ? (Number(quarter) - 1) * 3 + 1
      : half
        ? (Number(half) - 1) * 6 + 1
        : 1;
  return `${year}-${String(firstMonth).padStart(2, '0')}-01`;
}
