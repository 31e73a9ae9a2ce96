import { Injectable } from '@nestjs/common';
import { OrganisationQueries } from '@ledger/application';
import type { Actor } from '@ledger/domain';
import { type TeamMemberListRow, TeamMembersReadModel } from '@ledger/projections';
import { type Page, pageOf, pageRequestOf } from '../http/paging';
import { VolunteerNames } from '../volunteering/volunteer-names';
import type { ListTeamMembersQuery, TeamMemberDto } from './dto/team-members.dto';

/**
 * A team's members for the console. Who may read it is who may read the team (404 unknown, 403
 * outside the caller's region); names are opened as the volunteers list opens them.
 */
@Injectable()
export class TeamMembersList {
  constructor(
    private readonly queries: OrganisationQueries,
    private readonly members: TeamMembersReadModel,
    private readonly names: VolunteerNames,
  ) {}

  async list(actor: Actor, teamId: string, query: ListTeamMembersQuery): Promise<Page<TeamMemberDto>> {
    this.queries.team(actor, teamId);
    const request = pageRequestOf(query);
    const { rows, total } = this.members.listMembers(teamId, query.status ?? 'active', request);
    const names = await this.names.namesOf(rows);
    return pageOf(
      request,
      rows.map((row) => memberItem(row, names.get(row.volunteer_id)!)),
      total,
    );
  }
}

function memberItem(row: TeamMemberListRow, name: string): TeamMemberDto {
  return {
    volunteerId: row.volunteer_id,
    volunteerNo: row.volunteer_no,
    name,
    joinedAt: row.joined_at,
    ...(row.member_status === 'exited' && row.exited_at !== null ? { exitedAt: row.exited_at } : {}),
    ...(row.member_status === 'exited' && row.exit_reason !== null ? { exitReason: row.exit_reason } : {}),
  };
}
