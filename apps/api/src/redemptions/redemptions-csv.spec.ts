import type { RedemptionExportLine } from '@ledger/application';
import { redemptionsCsv } from './redemptions-csv';

const line = (overrides: Partial<RedemptionExportLine>): RedemptionExportLine => ({
  id: 'rdm-1',
  requestedAt: '2026-06-15T16:30:00.000Z',
  benefitTitle: '科技馆门票',
  volunteerNo: '410122-2026-000001',
  points: 10,
  status: 'captured',
  capturedAt: '2026-06-15T16:35:59.999Z',
  voidedAt: null,
  ...overrides,
});

const rows = (csv: string) => csv.slice(1).split('\r\n');

describe('the redemptions CSV', () => {
  it('for people: Chinese headers and statuses, Beijing time to the minute (a UTC evening is the next day)', () => {
    expect(
      rows(
        redemptionsCsv([
          line({}),
          line({ id: 'rdm-2', status: 'voided', capturedAt: null, voidedAt: '2026-12-31T23:59:00Z' }),
          line({ id: 'rdm-3', status: 'expired', capturedAt: null }),
          line({ id: 'rdm-4', status: 'something-new', capturedAt: null }),
        ]),
      ),
    ).toEqual([
      '兑换编号,申请时间,权益,志愿者编号,积分,状态,核销时间,撤销时间',
      'rdm-1,2026-06-16 00:30,科技馆门票,410122-2026-000001,10,已核销,2026-06-16 00:35,',
      'rdm-2,2026-06-16 00:30,科技馆门票,410122-2026-000001,10,已撤销,,2027-01-01 07:59',
      'rdm-3,2026-06-16 00:30,科技馆门票,410122-2026-000001,10,已过期,,',
      // A status this table does not know yet is written as the API names it, not left blank.
      'rdm-4,2026-06-16 00:30,科技馆门票,410122-2026-000001,10,something-new,,',
      '',
    ]);
  });

  it('for programs: the API’s names and ISO 8601 times with the +08:00 offset', () => {
    expect(rows(redemptionsCsv([line({ status: 'held', capturedAt: null })], 'machine'))).toEqual([
      'id,requestedAt,benefit,volunteerNo,points,status,capturedAt,voidedAt',
      'rdm-1,2026-06-16T00:30:00+08:00,科技馆门票,410122-2026-000001,10,held,,',
      '',
    ]);
  });

  it('starts with the byte order mark in both forms', () => {
    expect(redemptionsCsv([]).charCodeAt(0)).toBe(0xfeff);
    expect(redemptionsCsv([], 'machine').charCodeAt(0)).toBe(0xfeff);
  });
});
