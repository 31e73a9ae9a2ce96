import type { CommandMetadata } from '../decider';
import { DeciderSpecification } from '../testing/decider-specification';
import { type StarRuleSetCommand, starRuleSetDecider, type StarRuleSetEvent } from './star-rule-set';

const spec = DeciderSpecification.for(starRuleSetDecider);
const metadata: CommandMetadata = {
  commandId: 'c-1',
  now: '2026-03-02T02:00:00.000Z',
  actor: { accountId: 'acc-province', role: 'admin', regionCode: '410000' },
};
const define = (data: Partial<Record<string, unknown>> = {}): StarRuleSetCommand => ({
  type: 'DefineStarRuleSet',
  data: {
    ruleSetId: 'srs-1',
    name: '河南省星级志愿者认定标准',
    thresholdsHours: [30, 60, 100, 200, 300],
    window: 'calendar-year',
    noticeWorkingDays: 7,
    regionCode: '410000',
    ...data,
  } as never,
  metadata,
});
const defined: StarRuleSetEvent = {
  type: 'StarRuleSetDefined',
  data: {
    ruleSetId: 'srs-1',
    name: '河南省星级志愿者认定标准',
    version: 1,
    thresholdsHours: [30, 60, 100, 200, 300],
    window: 'calendar-year',
    noticeWorkingDays: 7,
    regionCode: '410000',
    definedBy: 'acc-province',
    definedAt: metadata.now,
  },
};

describe('star rule sets', () => {
  it('defines a rule set as version 1 of its figures', () => {
    spec.given([]).when(define()).then([defined]);
  });

  it('refuses the same id twice (CONFLICT)', () => {
    spec.given([defined]).when(define()).thenThrows('CONFLICT');
  });

  it.each([
    ['thresholds not ascending', { thresholdsHours: [30, 30, 100, 200, 300] }],
    ['four thresholds', { thresholdsHours: [30, 60, 100, 200] }],
    ['a zero threshold', { thresholdsHours: [0, 60, 100, 200, 300] }],
    ['a fraction of an hour', { thresholdsHours: [0.5, 60, 100, 200, 300] }],
    ['an unknown window', { window: 'monthly' }],
    ['a notice of 31 working days', { noticeWorkingDays: 31 }],
    ['a negative notice', { noticeWorkingDays: -1 }],
    ['a blank name', { name: '  ' }],
  ])('refuses %s (VALIDATION_FAILED)', (_, data) => {
    spec.given([]).when(define(data)).thenThrows('VALIDATION_FAILED');
  });

  it('accepts a notice of 0 and of 30 working days', () => {
    spec
      .given([])
      .when(define({ noticeWorkingDays: 0 }))
      .thenEvents((events) => expect(events).toHaveLength(1));
    spec
      .given([])
      .when(define({ noticeWorkingDays: 30 }))
      .thenEvents((events) => expect(events).toHaveLength(1));
  });
});
