import { render, screen, within } from '@testing-library/react';
import { ApiError } from '../../../../api/api-error';
import type { ServiceRecordItem } from '../shared/api-types';
import { runBulk, tallyBulk } from './bulk-run';
import { BulkSummary } from './bulk-summary';

const record = (id: string, volunteerName: string): ServiceRecordItem => ({
  id,
  volunteerId: `vol-${id}`,
  volunteerNo: `NO-${id}`,
  volunteerName,
  activityId: 'act-1',
  activityTitle: '青少年科学营',
  startedAt: '2026-03-02T14:00:00+08:00',
  endedAt: '2026-03-02T16:00:00+08:00',
  minutes: 120,
  status: 'pending',
  recordedBy: 'acc-1',
  recordedAt: '2026-03-02T17:00:00+08:00',
});

async function tallyOf(codes: Record<string, string>, names: string[], stopAfter?: number) {
  const stop = new AbortController();
  let n = 0;
  const outcomes = await runBulk(
    names.map((name, i) => record(`rec-${i}`, name)),
    async (r) => {
      if (stopAfter !== undefined && ++n >= stopAfter) stop.abort();
      const code = codes[r.volunteerName];
      if (code) throw new ApiError(422, code, code);
    },
    { concurrency: 1, signal: stop.signal },
  );
  return tallyBulk(outcomes);
}

describe('the summary of a bulk run', () => {
  it('says how many were confirmed and, per refused record, which one and why in words', async () => {
    const tally = await tallyOf(
      { 李强: 'SELF_CONFIRMATION', 张伟: 'OVERLAPPING_SERVICE', 赵敏: 'OVERLAPPING_SERVICE' },
      ['王芳', '李强', '张伟', '赵敏'],
    );
    render(<BulkSummary action="confirm" tally={tally} onClose={() => undefined} />);
    const summary = screen.getByTestId('bulk-summary');
    expect(summary.textContent).toContain('已确认 1 条记录');
    expect(summary.textContent).toContain('3 条未能确认');
    // Per code, the most frequent first, in words and never as a raw code.
    const codes = within(screen.getByTestId('bulk-summary-codes')).getAllByText(/×/);
    expect(codes[0].textContent).toMatch(/时间重叠.*× 2 条/);
    expect(codes[1].textContent).toMatch(/不能确认自己录入的服务记录.*× 1 条/);
    expect(summary.textContent).not.toMatch(/SELF_CONFIRMATION|OVERLAPPING_SERVICE/);
    const rows = screen.getAllByTestId('bulk-refusal');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('李强（NO-rec-1）'),
      expect.stringContaining('张伟（NO-rec-2）'),
      expect.stringContaining('赵敏（NO-rec-3）'),
    ]);
    expect(rows[0].textContent).toContain('2026年3月2日 14:00–16:00');
    expect(within(rows[0]).getByTestId('record-refusal').textContent).toContain('不能确认自己录入的服务记录');
  });

  it('says a stopped run left records untouched', async () => {
    const tally = await tallyOf({}, ['王芳', '李强', '张伟', '赵敏'], 1);
    render(<BulkSummary action="reject" tally={tally} onClose={() => undefined} />);
    const summary = screen.getByTestId('bulk-summary');
    expect(summary.textContent).toContain('已驳回 1 条记录');
    expect(summary.textContent).toContain('已停止：3 条未处理');
    expect(screen.queryAllByTestId('bulk-refusal')).toHaveLength(0);
  });

  it('says when everything went through', async () => {
    const tally = await tallyOf({}, ['王芳', '李强']);
    render(<BulkSummary action="confirm" tally={tally} onClose={() => undefined} />);
    expect(screen.getByTestId('bulk-summary').textContent).toContain('全部完成');
  });
});
