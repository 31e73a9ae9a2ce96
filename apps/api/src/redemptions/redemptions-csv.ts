import type { RedemptionExportLine } from '@ledger/application';
import { BUSINESS_TIME_ZONE } from '@ledger/domain';
import { DateTime } from 'luxon';
import { csvDocument } from './csv/csv';

const HEADER = [
  'id',
  'requestedAt',
  'benefit',
  'volunteerNo',
  'points',
  'status',
  'capturedAt',
  'voidedAt',
] as const;

/** An instant as the venue's clock shows it: ISO-8601 in Asia/Shanghai, with its +08:00 offset. */
const businessTime = (instant: string | null): string | null =>
  instant === null
    ? null
    : DateTime.fromISO(instant, { setZone: true })
        .setZone(BUSINESS_TIME_ZONE)
        .toISO({ suppressMilliseconds: true });

/** A venue's redemptions as a spreadsheet opens them. */
export function redemptionsCsv(lines: readonly RedemptionExportLine[]): string {
  return csvDocument(
    HEADER,
    lines.map((line) => [
      line.id,
      businessTime(line.requestedAt),
      line.benefitTitle,
      line.volunteerNo,
      line.points,
      line.status,
      businessTime(line.capturedAt),
      businessTime(line.voidedAt),
    ]),
  );
}
