import { TEAM_EVENT_TYPES, type TeamEvent } from '@ledger/domain';
import type { Projection } from '../projection';

export interface TeamRow {
  team_id: string;
  name: string;
  region_code: string;
  pilot_id: string | null;
  institution_kind: string;
  institution_name: string;
  platform_registration_no: string | null;
  /** Current members: joined and not exited. */
  member_count: number;
  formed_by: string;
  formed_at: string;
  revision: number;
}

/** A membership: a volunteer's latest join of a team and, once left, the exit and its reason. */
export interface TeamMemberRow {
  team_id: string;
  volunteer_id: string;
  status: 'current' | 'exited';
  joined_at: string;
  exited_at: string | null;
  exit_reason: string | null;
}

/**
 * Teams and their membership; a team's size is derived here from joins and exits.
 * Version 2 keeps the exit reason, so the console lists who left and why.
 */
export const teamsProjection: Projection = {
  name: 'organisation-teams',
  version: 2,
  tables: ['org_teams', 'org_team_members'],
  schema: `
    CREATE TABLE IF NOT EXISTS org_teams (
      team_id                  TEXT PRIMARY KEY,
      name                     TEXT NOT NULL,
      region_code              TEXT NOT NULL,
      pilot_id                 TEXT,
      institution_kind         TEXT NOT NULL,
      institution_name         TEXT NOT NULL,
      platform_registration_no TEXT,
      member_count             INTEGER NOT NULL DEFAULT 0,
      formed_by                TEXT NOT NULL,
      formed_at                TEXT NOT NULL,
      revision                 INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS org_teams_by_pilot ON org_teams (pilot_id);
    CREATE TABLE IF NOT EXISTS org_team_members (
      team_id      TEXT NOT NULL,
      volunteer_id TEXT NOT NULL,
      status       TEXT NOT NULL,
      joined_at    TEXT NOT NULL,
      exited_at    TEXT,
      exit_reason  TEXT,
      PRIMARY KEY (team_id, volunteer_id)
    );
    CREATE INDEX IF NOT EXISTS org_team_members_by_join ON org_team_members (team_id, status, joined_at);`,
  eventTypes: TEAM_EVENT_TYPES,
  bind(db) {
    const insert = db.prepare(
      `INSERT INTO org_teams (team_id, name, region_code, pilot_id, institution_kind, institution_name,
                             platform_registration_no, formed_by, formed_at, revision)
       VALUES (@teamId, @name, @regionCode, @pilotId, @institutionKind, @institutionName,
               @platformRegistrationNo, @formedBy, @formedAt, @revision)`,
    );
    const setRegistration = db.prepare(
      'UPDATE org_teams SET platform_registration_no = ?, revision = ? WHERE team_id = ?',
    );
    const join = db.prepare(
      `INSERT INTO org_team_members (team_id, volunteer_id, status, joined_at) VALUES (?, ?, 'current', ?)
       ON CONFLICT (team_id, volunteer_id) DO UPDATE SET status = 'current', joined_at = excluded.joined_at, exited_at = NULL, exit_reason = NULL`,
    );
    const exit = db.prepare(
      "UPDATE org_team_members SET status = 'exited', exited_at = ?, exit_reason = ? WHERE team_id = ? AND volunteer_id = ?",
    );
    const recount = db.prepare(
      `UPDATE org_teams SET revision = ?, member_count =
         (SELECT count(*) FROM org_team_members WHERE team_id = org_teams.team_id AND status = 'current')
       WHERE team_id = ?`,
    );
    return (recorded) => {
      const event = recorded as unknown as TeamEvent;
      switch (event.type) {
        case 'TeamFormed': {
          const { institution, ...data } = event.data;
          insert.run({
            ...data,
            institutionKind: institution.kind,
            institutionName: institution.name,
            revision: recorded.revision,
          });
          break;
        }
        case 'TeamPlatformRegistrationRecorded':
          setRegistration.run(event.data.platformRegistrationNo, recorded.revision, event.data.teamId);
          break;
        case 'TeamMemberJoined':
          join.run(event.data.teamId, event.data.volunteerId, event.data.joinedAt);
          recount.run(recorded.revision, event.data.teamId);
          break;
        case 'TeamMemberExited':
          exit.run(event.data.exitedAt, event.data.reason, event.data.teamId, event.data.volunteerId);
          recount.run(recorded.revision, event.data.teamId);
          break;
      }
    };
  },
};
