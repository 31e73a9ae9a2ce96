import { describeReason } from './history-reason';

const zh = (kind: 'hours' | 'points' | 'time-bank' | 'star', reason: string) =>
  describeReason({ kind, reason }, 'zh');

describe('history reasons in words', () => {
  it('names a confirmation and its points, with the campaign that multiplied them', () => {
    expect(zh('hours', 'service record confirmed')).toBe('服务记录已确认');
    expect(zh('points', 'points for confirmed service (rules points-2026.1)')).toBe('确认服务获得积分');
    expect(
      zh('points', 'points for confirmed service ×2 (sanxiaxiang-summer-2026) (rules points-2026.1)'),
    ).toBe('确认服务获得积分（暑期“三下乡”，×2）');
    expect(
      describeReason(
        { kind: 'points', reason: 'points for confirmed service ×2 (xueleifeng-2026) (rules points-2026.1)' },
        'en',
      ),
    ).toBe('Points for confirmed service (Learn from Lei Feng week, ×2)');
  });

  it('keeps an administrator’s own words inside a void, a clawback or an adjustment', () => {
    expect(zh('hours', '重复录入')).toBe('服务记录作废或更正：重复录入');
    expect(zh('points', 'points taken back: service record voided: 重复录入')).toBe(
      '积分扣回：服务记录作废（重复录入）',
    );
    expect(
      zh('time-bank', 'deposit adjusted: service record corrected: 时间有误 (30 min already used)'),
    ).toBe('存入调整：服务记录更正（时间有误）（其中 30 分钟已支出）');
    expect(zh('time-bank', 'withdrawn: 居家养老上门服务')).toBe('支取：居家养老上门服务');
  });

  it('explains redemptions, expiry, transfers and stars', () => {
    expect(zh('points', 'points held for a redemption')).toBe('兑换权益，积分预留');
    expect(zh('points', 'redemption completed: 200 held points spent')).toBe(
      '兑换已核销，预留的 200 积分已扣除',
    );
    expect(zh('points', 'held points returned: redemption expired')).toBe('预留积分退回（兑换预留已过期）');
    expect(zh('points', 'points expired (valid until 2028-12-31)')).toBe('积分过期（有效期至 2028-12-31）');
    expect(zh('time-bank', 'given to a family member')).toBe('转给家庭成员');
    expect(zh('star', '2★ awarded by a certification round (rule set national)')).toBe('经星级认定授予 2 星');
    expect(zh('star', 'star revoked: 虚报时长 (banned from rounds until 2029-05-01)')).toBe(
      '星级被撤销：虚报时长（2029-05-01 前不得参加星级认定）',
    );
  });

  it('shows a sentence it does not know as it came', () => {
    expect(zh('points', 'something new')).toBe('something new');
  });
});
