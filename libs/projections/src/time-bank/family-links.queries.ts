import type Database from 'better-sqlite3';
import type { FamilyLinkRow } from './family-links.projection';

/** A family link with what a list shows of the family member (its number, and where its sealed name is). */
export interface FamilyMemberRow extends FamilyLinkRow {
  volunteer_no: string;
  status: 'active' | 'forgotten';
  personal_data_revision: number;
}

/** Reads over the family-links read model. */
export class FamilyLinksReadModel {
  private readonly family: Database.Statement<[string], FamilyMemberRow>;

  constructor(db: Database.Database) {
    this.family = db.prepare(
      `SELECT l.*, v.volunteer_no, v.status, v.personal_data_revision
       FROM time_bank_family_links l JOIN volunteers v ON v.volunteer_id = l.family_volunteer_id
       WHERE l.volunteer_id = ? ORDER BY l.position`,
    );
  }

  /** The family a volunteer has registered, in the order the links were made. */
  familyOf(volunteerId: string): FamilyMemberRow[] {
    return this.family.all(volunteerId);
  }
}
