import type { RedemptionExportLine } from '@ledger/application';
import { BUSINESS_TIME_ZONE } from '@ledger/domain';
import { DateTime } from 'luxon';
import { type CsvCell, csvDocument } from './csv/csv';

/** For people (a venue's bookkeeper opening it in Excel), or for programs (`format=machine`). */
export type RedemptionsCsvForm = 'people' | 'machine';

const MACHINE_HEADER = [
  'id',
  'requestedAt',
  'benefit',
  'volunteerNo',
  'points',
  'status',
  'capturedAt',
  'voidedAt',
] as const;

/** The same columns, in the words of the console's venue pages. */
const PEOPLE_HEADER = [
  '兑换编号',
  '申请时间',
  '权益',
  '志愿者编号',
  '积分',
  '状态',
  '核销时间',
  '撤销时间',
] as const;

/** A redemption's status as the console's venue pages name it. */
const STATUS_WORD: Readonly<Record<string, string>> = {
  requested: '处理中',
  held: '已预留',
  failed: '未成功',
  captured: '已核销',
  voided: '已撤销',
  expired: '已过期',
};

const inBusinessZone = (instant: string): DateTime =>
  DateTime.fromISO(instant, { setZone: true }).setZone(BUSINESS_TIME_ZONE);

/** For programs: ISO 8601 in Asia/Shanghai, with its +08:00 offset. */
const isoTime = (instant: string | null): string | null =>
  instant === null ? null : inBusinessZone(instant).toISO({ suppressMilliseconds: true });

/** For people: Beijing time to the minute, as the venue's clock shows it. */
const beijingTime = (instant: string | null): string | null =>
  instant === null ? null : inBusinessZone(instant).toFormat('yyyy-MM-dd HH:mm');

const row = (
  line: RedemptionExportLine,
  time: (instant: string | null) => string | null,
  status: string,
): CsvCell[] => [
  line.id,
  time(line.requestedAt),
  line.benefitTitle,
  line.volunteerNo,
  line.points,
  status,
  time(line.capturedAt),
  time(line.voidedAt),
];

/** A venue's redemptions as a spreadsheet opens them. */
export function redemptionsCsv(
  lines: readonly RedemptionExportLine[],
  form: RedemptionsCsvForm = 'people',
): string {
  if (form === 'machine') {
    return csvDocument(
      MACHINE_HEADER,
      lines.map((line) => row(line, isoTime, line.status)),
    );
  }
  return csvDocument(
    PEOPLE_HEADER,
    lines.map((line) => row(line, beijingTime, STATUS_WORD[line.status] ?? line.status)),
  );
}
