import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ORGANISATION_NAME_MAX_LENGTH, PROJECT_FIELDS, type ProjectField } from '@ledger/domain';
import { IsRegionCode } from '../../http/validators';
import { PILOT_ID } from './team.dto';

export class CreateProjectDto {
  @ApiProperty({ example: '乡村振兴科技服务行', maxLength: ORGANISATION_NAME_MAX_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(ORGANISATION_NAME_MAX_LENGTH)
  name!: string;

  @ApiProperty({ description: 'the team that designs and runs it' })
  @IsString()
  @Matches(/^tm-[0-9a-f]{24}$/, { message: 'teamId must be a team id such as tm-…' })
  teamId!: string;

  @ApiProperty({ example: '410122' })
  @IsRegionCode()
  regionCode!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(PILOT_ID, { message: 'pilotId must be a pilot id such as plt-…' })
  pilotId?: string;

  @ApiProperty({ enum: PROJECT_FIELDS })
  @IsIn(PROJECT_FIELDS)
  field!: ProjectField;
}

export class ProjectDto {
  @ApiProperty({ example: 'prj-8f14e45fceea167a5a36dedd' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() teamId!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ nullable: true, type: String }) pilotId!: string | null;
  @ApiProperty({ enum: PROJECT_FIELDS }) field!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
