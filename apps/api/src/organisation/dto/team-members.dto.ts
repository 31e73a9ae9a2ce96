import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageMetaDto, PageQuery } from '../../http/paging';

export const TEAM_MEMBER_STATUSES = ['active', 'exited', 'all'] as const;
export type TeamMemberStatus = (typeof TEAM_MEMBER_STATUSES)[number];

export class ListTeamMembersQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: TEAM_MEMBER_STATUSES,
    default: 'active',
    description: '`active`: current members; `exited`: those who left; `all`: both',
  })
  @IsOptional()
  @IsIn(TEAM_MEMBER_STATUSES)
  status?: TeamMemberStatus;
}

/** A member as the team's list shows it: never an ID number or a phone, not even masked. */
export class TeamMemberDto {
  @ApiProperty({ example: 'vol-3f5c0a9e1b2d4c6e8f0a1b2c' }) volunteerId!: string;
  @ApiProperty({ example: '410122-2026-000123' }) volunteerNo!: string;
  @ApiProperty({ example: '张三', description: '"已注销" once the volunteer was forgotten' }) name!: string;
  @ApiProperty({ format: 'date-time', description: 'the latest join (a member may rejoin)' })
  joinedAt!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'only for a member who left' })
  exitedAt?: string;
  @ApiPropertyOptional({ example: '毕业离校', description: 'only for a member who left' })
  exitReason?: string;
}

export class TeamMemberPageDto extends PageMetaDto {
  @ApiProperty({ type: [TeamMemberDto], description: 'by joinedAt, then by volunteer number' })
  items!: TeamMemberDto[];
}
