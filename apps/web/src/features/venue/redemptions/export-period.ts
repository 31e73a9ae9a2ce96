import { daysBetween } from '../shared/format';
import { MAX_EXPORT_DAYS } from '../venue-api';

export type ExportProblem = 'exportPeriodRequired' | 'exportPeriodOrder' | 'exportPeriodTooLong';

/** The server lists at most MAX_EXPORT_DAYS days after the first; asking for more is refused. */
export function exportPeriodProblem(
  from: string | undefined,
  to: string | undefined,
): ExportProblem | undefined {
  if (!from || !to) return 'exportPeriodRequired';
  if (from > to) return 'exportPeriodOrder';
  if (daysBetween(from, to) > MAX_EXPORT_DAYS) return 'exportPeriodTooLong';
  return undefined;
}
