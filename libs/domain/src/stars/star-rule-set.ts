import { type Command, type Decider, type DomainEvent, unreachable } from '../decider';
import { AlreadyExists, type InvalidField, ValidationFailed } from '../errors';
import { NATIONAL_STAR_RULES } from '../volunteering/star-rule-sets';

/**
 * Star-level rule sets as versioned data (星级志愿者认定标准). The built-in `national` set is code;
 * a province defines its own through `POST /rule-sets` (stream `star-rule-set-<id>`). A round
 * copies the set it applies into its opening event, so a later change never alters a past round.
 */
export const STAR_WINDOWS = ['cumulative', 'calendar-year'] as const;
export type StarWindow = (typeof STAR_WINDOWS)[number];

export interface StarRuleSetDefinition {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  /** Hours for 1★ … 5★, strictly ascending whole hours. */
  readonly thresholdsHours: readonly number[];
  readonly window: StarWindow;
  /** The public notice (公示) of a round, in working days. */
  readonly noticeWorkingDays: number;
  /** The province it was defined for, or null for the national set (everywhere). */
  readonly regionCode: string | null;
}

export const NOTICE_WORKING_DAYS_MAX = 30;
export const RULE_SET_NAME_MAX_LENGTH = 100;
export const THRESHOLD_HOURS_MAX = 100_000;

export const NATIONAL_RULE_SET: StarRuleSetDefinition = {
  id: NATIONAL_STAR_RULES.id,
  name: '全国星级志愿者认定标准',
  version: NATIONAL_STAR_RULES.version,
  thresholdsHours: [...NATIONAL_STAR_RULES.thresholdsHours],
  window: NATIONAL_STAR_RULES.window,
  noticeWorkingDays: 5,
  regionCode: null,
};

/** The version label recorded with every figure derived from a rule set: `<id>@v<version>`. */
export const ruleVersionOf = (ruleSet: Pick<StarRuleSetDefinition, 'id' | 'version'>): string =>
  `${ruleSet.id}@v${ruleSet.version}`;

export type StarRuleSetDefined = DomainEvent<
  'StarRuleSetDefined',
  {
    ruleSetId: string;
    name: string;
    version: number;
    thresholdsHours: number[];
    window: StarWindow;
    noticeWorkingDays: number;
    regionCode: string;
    definedBy: string;
    definedAt: string;
  }
>;
export type StarRuleSetEvent = StarRuleSetDefined;
export const STAR_RULE_SET_EVENT_TYPES: readonly StarRuleSetEvent['type'][] = ['StarRuleSetDefined'];

export type DefineStarRuleSet = Command<
  'DefineStarRuleSet',
  {
    ruleSetId: string;
    name: string;
    thresholdsHours: unknown;
    window: string;
    noticeWorkingDays: unknown;
    /** The province the set is for: the defining administrator's. */
    regionCode: string;
  }
>;
export type StarRuleSetCommand = DefineStarRuleSet;

export type StarRuleSetState =
  { readonly status: 'none' } | ({ readonly status: 'defined' } & StarRuleSetDefinition);

/** The checks of a rule set's figures, each failing field named once. */
export function ruleSetFieldErrors(input: {
  name: unknown;
  thresholdsHours: unknown;
  window: unknown;
  noticeWorkingDays: unknown;
}): InvalidField[] {
  const errors: InvalidField[] = [];
  const { name, thresholdsHours: t, window, noticeWorkingDays: n } = input;
  if (typeof name !== 'string' || !name.trim() || name.length > RULE_SET_NAME_MAX_LENGTH) {
    errors.push({ field: 'name', message: `1 to ${RULE_SET_NAME_MAX_LENGTH} characters` });
  }
  const positiveWhole = (h: unknown) =>
    typeof h === 'number' && Number.isInteger(h) && h > 0 && h <= THRESHOLD_HOURS_MAX;
  if (!Array.isArray(t) || t.length !== 5 || !t.every(positiveWhole)) {
    errors.push({ field: 'thresholdsHours', message: `five whole hours from 1 to ${THRESHOLD_HOURS_MAX}` });
  } else if (!t.every((h: number, i) => i === 0 || h > (t[i - 1] as number))) {
    errors.push({ field: 'thresholdsHours', message: 'must be strictly ascending (1★ lowest, 5★ highest)' });
  }
  if (!STAR_WINDOWS.includes(window as StarWindow)) {
    errors.push({ field: 'window', message: `must be one of ${STAR_WINDOWS.join(', ')}` });
  }
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > NOTICE_WORKING_DAYS_MAX) {
    errors.push({
      field: 'noticeWorkingDays',
      message: `a whole number from 0 to ${NOTICE_WORKING_DAYS_MAX}`,
    });
  }
  return errors;
}

export const starRuleSetDecider: Decider<StarRuleSetState, StarRuleSetCommand, StarRuleSetEvent> = {
  initialState: () => ({ status: 'none' }),

  evolve(_state, event) {
    switch (event.type) {
      case 'StarRuleSetDefined': {
        const d = event.data;
        return {
          status: 'defined',
          id: d.ruleSetId,
          name: d.name,
          version: d.version,
          thresholdsHours: d.thresholdsHours,
          window: d.window,
          noticeWorkingDays: d.noticeWorkingDays,
          regionCode: d.regionCode,
        };
      }
      default:
        return unreachable(event.type);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    switch (command.type) {
      case 'DefineStarRuleSet': {
        const d = command.data;
        if (state.status !== 'none') throw new AlreadyExists('rule set', d.ruleSetId);
        const errors = ruleSetFieldErrors(d);
        if (errors.length) throw new ValidationFailed(errors);
        return [
          {
            type: 'StarRuleSetDefined',
            data: {
              ruleSetId: d.ruleSetId,
              name: d.name.trim(),
              version: 1,
              thresholdsHours: [...(d.thresholdsHours as number[])],
              window: d.window as StarWindow,
              noticeWorkingDays: d.noticeWorkingDays as number,
              regionCode: d.regionCode,
              definedBy: actor.accountId,
              definedAt: now,
            },
          },
        ];
      }
      default:
        return unreachable(command.type);
    }
  },
};
