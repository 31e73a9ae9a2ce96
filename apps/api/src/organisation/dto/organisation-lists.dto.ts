import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PILOT_LEVELS, type PilotLevel } from '@ledger/domain';
import { PageMetaDto, PageQuery } from '../../http/paging';
import { ActivityDto } from './activity.dto';
import { DateFilter, IdFilter, NotBefore, SearchText } from './list-filters';
import { PilotDto } from './pilot.dto';
import { ProjectDto } from './project.dto';
import { StationDto } from './station.dto';
import { PILOT_ID, TeamDto } from './team.dto';

const TEAM_ID = /^tm-[0-9a-f]{24}$/;
const PROJECT_ID = /^prj-[0-9a-f]{24}$/;
const STATION_ID = /^stn-[0-9a-f]{24}$/;

const PILOT_EXAMPLE = 'plt-3f1c0a9e8b7d6c5b4a392817';

export class ListPilotsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PILOT_LEVELS })
  @IsOptional()
  @IsIn(PILOT_LEVELS)
  level?: PilotLevel;

  @SearchText('a part of the name')
  q?: string;
}

export class ListTeamsQuery extends PageQuery {
  @SearchText('a part of the name')
  q?: string;

  @IdFilter(PILOT_ID, 'pilot', PILOT_EXAMPLE)
  pilotId?: string;
}

export class ListProjectsQuery extends PageQuery {
  @SearchText('a part of the name')
  q?: string;

  @IdFilter(TEAM_ID, 'team', 'tm-1f0e3dad99908345f7439f8f')
  teamId?: string;

  @IdFilter(PILOT_ID, 'pilot', PILOT_EXAMPLE)
  pilotId?: string;
}

export class ListStationsQuery extends PageQuery {
  @SearchText('a part of the name')
  q?: string;

  @IdFilter(PILOT_ID, 'pilot', PILOT_EXAMPLE)
  pilotId?: string;
}

export class ListActivitiesQuery extends PageQuery {
  @SearchText('a part of the title')
  q?: string;

  @IdFilter(PROJECT_ID, 'project', 'prj-8f14e45fceea167a5a36dedd')
  projectId?: string;

  @IdFilter(STATION_ID, 'station', 'stn-c9f0f895fb98ab9159f51fd0')
  stationId?: string;

  @DateFilter('starting on or after this date (Asia/Shanghai)')
  from?: string;

  @DateFilter('starting on or before this date (Asia/Shanghai)')
  @NotBefore('from')
  to?: string;
}

export class PilotPageDto extends PageMetaDto {
  @ApiProperty({ type: [PilotDto], description: 'the most recently funded first, then by name' })
  items!: PilotDto[];
}

export class TeamPageDto extends PageMetaDto {
  @ApiProperty({ type: [TeamDto], description: 'by name' })
  items!: TeamDto[];
}

export class ProjectPageDto extends PageMetaDto {
  @ApiProperty({ type: [ProjectDto], description: 'by name' })
  items!: ProjectDto[];
}

export class StationPageDto extends PageMetaDto {
  @ApiProperty({ type: [StationDto], description: 'by name' })
  items!: StationDto[];
}

export class ActivityPageDto extends PageMetaDto {
  @ApiProperty({ type: [ActivityDto], description: 'the latest start first' })
  items!: ActivityDto[];
}
