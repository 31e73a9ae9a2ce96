import type { StarRuleSetEvent } from '@ledger/domain';
import { STAR_RULE_SET_EVENT_TYPES } from '@ledger/domain';
import type { Projection } from '../projection';

export interface StarRuleSetRow {
  rule_set_id: string;
  name: string;
  version: number;
  /** JSON: five whole hours, 1★ … 5★. */
  thresholds_hours: string;
  window: string;
  notice_working_days: number;
  region_code: string;
  defined_by: string;
  defined_at: string;
  revision: number;
}

/** The rule sets provinces defined, as GET /rule-sets lists them and the rounds name them. */
export const starRuleSetsProjection: Projection = {
  name: 'star-rule-sets',
  version: 1,
  tables: ['star_rule_sets'],
  schema: `
    CREATE TABLE IF NOT EXISTS star_rule_sets (
      rule_set_id         TEXT PRIMARY KEY,
      name                TEXT NOT NULL,
      version             INTEGER NOT NULL,
      thresholds_hours    TEXT NOT NULL,
      window              TEXT NOT NULL,
      notice_working_days INTEGER NOT NULL,
      region_code         TEXT NOT NULL,
      defined_by          TEXT NOT NULL,
      defined_at          TEXT NOT NULL,
      revision            INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS star_rule_sets_region ON star_rule_sets (region_code, defined_at);`,
  eventTypes: STAR_RULE_SET_EVENT_TYPES,
  bind(db) {
    const define = db.prepare(
      `INSERT OR REPLACE INTO star_rule_sets (rule_set_id, name, version, thresholds_hours, window,
         notice_working_days, region_code, defined_by, defined_at, revision)
       VALUES (@ruleSetId, @name, @version, @thresholdsHours, @window, @noticeWorkingDays, @regionCode,
         @definedBy, @definedAt, @revision)`,
    );
    return (recorded) => {
      const event = recorded as unknown as StarRuleSetEvent;
      switch (event.type) {
        case 'StarRuleSetDefined':
          define.run({
            ...event.data,
            thresholdsHours: JSON.stringify(event.data.thresholdsHours),
            revision: recorded.revision,
          });
          break;
      }
    };
  },
};
