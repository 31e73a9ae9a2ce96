import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ACTIVITY_MAX_DAYS, ACTIVITY_TITLE_MAX_LENGTH } from '@ledger/domain';
import { IsRegionCode } from '../../http/validators';
import { RecruitmentDto } from '../../journey/dto/recruitment.dto';
import { IsActivityTime } from './organisation-validators';

export class CreateActivityDto {
  @ApiProperty({ description: 'the project it is held under; the activity counts toward its pilot' })
  @IsString()
  @Matches(/^prj-[0-9a-f]{24}$/, { message: 'projectId must be a project id such as prj-…' })
  projectId!: string;

  @ApiProperty({ example: '学雷锋科普进社区', maxLength: ACTIVITY_TITLE_MAX_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'title must not be blank' })
  @MaxLength(ACTIVITY_TITLE_MAX_LENGTH)
  title!: string;

  @ApiProperty({ example: '2026-03-05T09:00:00+08:00', description: 'ISO-8601 with offset' })
  @IsActivityTime()
  startsAt!: string;

  @ApiProperty({
    example: '2026-03-05T11:30:00+08:00',
    description: `ISO-8601 with offset; after startsAt, at most ${ACTIVITY_MAX_DAYS} days later`,
  })
  @IsActivityTime()
  endsAt!: string;

  @ApiProperty({ example: '410122', description: 'inside the region of the project' })
  @IsRegionCode()
  regionCode!: string;

  @ApiPropertyOptional({ description: 'the service station it is held at' })
  @IsOptional()
  @IsString()
  @Matches(/^stn-[0-9a-f]{24}$/, { message: 'stationId must be a station id such as stn-…' })
  stationId?: string;

  @ApiPropertyOptional({
    type: RecruitmentDto,
    description: 'how it recruits (招募); PUT /activities/{id}/recruitment sets it later',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecruitmentDto)
  recruitment?: RecruitmentDto;

  @ApiPropertyOptional({ description: 'the need of the public the activity serves: scheduling links it' })
  @IsOptional()
  @IsString()
  @Matches(/^nd-[0-9a-f]{24}$/, { message: 'needId must be a need id such as nd-…' })
  needId?: string;
}

export class CampaignDto {
  @ApiProperty({ example: 'xueleifeng-2026' }) id!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Learn from Lei Feng week' }) name!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '学雷锋志愿服务周' }) nameZh!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) from!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) to!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 2 }) pointsMultiplier!: number | null;
}

export class ActivityDto {
  @ApiProperty({ example: 'act-45c48cce2e2d7fbdea1afc51' }) id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty({ nullable: true, type: String }) pilotId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ nullable: true, type: String }) stationId!: string | null;
  @ApiProperty({
    type: [CampaignDto],
    description: 'campaign-calendar entries its Asia/Shanghai dates overlap',
  })
  campaigns!: CampaignDto[];
  @ApiProperty({ description: 'service records of the activity confirmed now' }) confirmedRecords!: number;
  @ApiProperty({ format: 'date-time' }) scheduledAt!: string;
}
