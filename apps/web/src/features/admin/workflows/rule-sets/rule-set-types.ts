/** An item of `GET /rule-sets`: the national set first, then the caller's province's. */
export interface RuleSetItem {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly ruleVersion: string;
  /** Hours for 1★ … 5★. */
  readonly thresholdsHours: readonly number[];
  readonly window: 'cumulative' | 'calendar-year';
  readonly noticeWorkingDays: number;
  /** The province that defined it; null for the national set. */
  readonly regionCode: string | null;
  readonly builtIn: boolean;
  readonly createdAt: string | null;
  readonly createdBy: string | null;
}

/** How a round or a summary names its rule set. */
export interface RuleSetRef {
  readonly id: string;
  readonly name: string;
}

/** The path of the list; one page holds every set a region may apply (the national one and its province's). */
export const RULE_SETS_PATH = '/rule-sets';
export const RULE_SETS_PAGE_SIZE = 100;

/** 100/300/600/1000/1500 */
export const thresholdsText = (thresholdsHours: readonly number[]): string => thresholdsHours.join('/');

/** Province administrators (a region code ending 0000) define rule sets. */
export const definesRuleSets = (me: { readonly role: string; readonly regionCode: string }): boolean =>
  me.role === 'admin' && me.regionCode.endsWith('0000');
