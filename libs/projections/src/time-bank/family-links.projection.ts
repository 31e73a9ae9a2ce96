import type { FamilyMemberLinked } from '@ledger/domain';
import type { Projection } from '../projection';

export interface FamilyLinkRow {
  volunteer_id: string;
  family_volunteer_id: string;
  /** What the family member is to the volunteer (`child`: the family member is the volunteer's child). */
  relation: string;
  linked_by: string;
  linked_at: string;
  position: number;
}

/**
 * The family each volunteer has registered, as its own stream records it: a link lands on both
 * volunteers' streams (with the reverse relation on the other), so each side lists the other.
 * Links are never removed; a link recorded again (a retry) keeps its first position.
 */
export const familyLinksProjection: Projection = {
  name: 'time-bank-family-links',
  version: 1,
  tables: ['time_bank_family_links'],
  schema: `
    CREATE TABLE IF NOT EXISTS time_bank_family_links (
      volunteer_id        TEXT NOT NULL,
      family_volunteer_id TEXT NOT NULL,
      relation            TEXT NOT NULL,
      linked_by           TEXT NOT NULL,
      linked_at           TEXT NOT NULL,
      position            INTEGER NOT NULL,
      PRIMARY KEY (volunteer_id, family_volunteer_id)
    );`,
  eventTypes: ['FamilyMemberLinked'],
  bind(db) {
    const link = db.prepare(
      `INSERT INTO time_bank_family_links (volunteer_id, family_volunteer_id, relation, linked_by, linked_at, position)
       VALUES (@volunteerId, @familyVolunteerId, @relation, @linkedBy, @at, @position)
       ON CONFLICT (volunteer_id, family_volunteer_id) DO NOTHING`,
    );
    return (recorded) => {
      const event = recorded as unknown as FamilyMemberLinked;
      link.run({ ...event.data, position: recorded.position });
    };
  },
};
