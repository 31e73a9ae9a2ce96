import type Database from 'better-sqlite3';
import type { StarRuleSetRow } from './star-rule-sets.projection';

/** Reads over the star-rule-sets read model (the built-in national set is not in it). */
export class StarRuleSetsReadModel {
  private readonly one: Database.Statement<[string], StarRuleSetRow>;
  private readonly inRegionPage: Database.Statement<
    [{ regionCode: string; limit: number; offset: number }],
    StarRuleSetRow
  >;
  private readonly inRegionCount: Database.Statement<[{ regionCode: string }], { total: number }>;

  constructor(db: Database.Database) {
    this.one = db.prepare('SELECT * FROM star_rule_sets WHERE rule_set_id = ?');
    this.inRegionPage = db.prepare(
      `SELECT * FROM star_rule_sets WHERE region_code = @regionCode
       ORDER BY defined_at DESC, rule_set_id DESC LIMIT @limit OFFSET @offset`,
    );
    this.inRegionCount = db.prepare(
      'SELECT COUNT(*) AS total FROM star_rule_sets WHERE region_code = @regionCode',
    );
  }

  find(ruleSetId: string): StarRuleSetRow | undefined {
    return this.one.get(ruleSetId);
  }

  /** The sets a province defined, newest first, a slice at a time. */
  pageOfProvince(
    provinceCode: string,
    slice: { limit: number; offset: number },
  ): { rows: StarRuleSetRow[]; total: number } {
    return {
      rows: this.inRegionPage.all({ regionCode: provinceCode, ...slice }),
      total: this.inRegionCount.get({ regionCode: provinceCode })?.total ?? 0,
    };
  }
}
