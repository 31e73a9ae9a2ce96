import type Database from 'better-sqlite3';
import { PagedQuery, type PagedRows, type Paging } from '../paged-query';

/** Which memberships a team's list holds: current members, those who left, or both. */
export type TeamMemberStatusFilter = 'active' | 'exited' | 'all';

/**
 * A membership with what a list needs of the volunteer: the number, and where its sealed name is
 * (names are never stored in a read model; the caller opens them).
 */
export interface TeamMemberListRow {
  volunteer_id: string;
  volunteer_no: string;
  /** The volunteer's status: a forgotten volunteer's name is not opened. */
  status: 'active' | 'forgotten';
  personal_data_revision: number;
  member_status: 'current' | 'exited';
  joined_at: string;
  exited_at: string | null;
  exit_reason: string | null;
}

const MEMBER_STATUS: Record<Exclude<TeamMemberStatusFilter, 'all'>, string> = {
  active: 'current',
  exited: 'exited',
};

/** Reads over a team's memberships, joined with the volunteers read model for the numbers. */
export class TeamMembersReadModel {
  private readonly members: PagedQuery<TeamMemberListRow>;

  constructor(db: Database.Database) {
    // Prepared on first use (PagedQuery), so both read models' tables exist by then.
    // Volunteer numbers are unique, so joined_at then the number is a total order.
    this.members = new PagedQuery(db, {
      select: `m.volunteer_id, v.volunteer_no, v.status, v.personal_data_revision,
        m.status AS member_status, m.joined_at, m.exited_at, m.exit_reason`,
      from: 'org_team_members m JOIN volunteers v ON v.volunteer_id = m.volunteer_id',
      orderBy: 'm.joined_at, v.volunteer_no',
    });
  }

  /** A team's members by when they (last) joined, then by volunteer number. */
  listMembers(teamId: string, status: TeamMemberStatusFilter, paging: Paging): PagedRows<TeamMemberListRow> {
    return this.members.run(
      [
        { sql: 'm.team_id = @teamId', params: { teamId } },
        status === 'all'
          ? undefined
          : { sql: 'm.status = @memberStatus', params: { memberStatus: MEMBER_STATUS[status] } },
      ],
      paging,
    );
  }
}
