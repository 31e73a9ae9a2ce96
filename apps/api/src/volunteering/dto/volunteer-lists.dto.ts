import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { FAMILY_RELATIONS, VOLUNTEER_ID_FORMAT } from '@ledger/domain';
import { PageMetaDto, PageQuery } from '../../http/paging';
import { DateFilter, IdFilter, NotBefore, SearchText } from '../../organisation/dto/list-filters';

export const SERVICE_RECORD_STATUSES = ['pending', 'confirmed', 'rejected', 'voided'] as const;
export type ServiceRecordStatus = (typeof SERVICE_RECORD_STATUSES)[number];

const ACTIVITY_ID = /^act-[0-9a-f]{24}$/;
const VOLUNTEER_EXAMPLE = 'vol-3f5c0a9e1b2d4c6e8f0a1b2c';

export class ListVolunteersQuery extends PageQuery {
  @SearchText(
    'a part of the name, a part of the volunteer number (000123, 2026-0001), or a phone number (13812345678, +86 138 1234 5678; compared by a keyed hash, never stored)',
  )
  q?: string;
}

export class VolunteerListItemDto {
  @ApiProperty({ example: VOLUNTEER_EXAMPLE }) id!: string;
  @ApiProperty({ example: '410122-2026-000123' }) volunteerNo!: string;
  @ApiProperty({ example: '张三', description: '"已注销" once the volunteer was forgotten' }) name!: string;
  @ApiProperty({
    example: '4101**********1234',
    nullable: true,
    type: String,
    description: 'tells two people of one name apart; null once forgotten',
  })
  idNumberMasked!: string | null;
  @ApiProperty({ example: '138****5678', nullable: true, type: String, description: 'null once forgotten' })
  phoneMasked!: string | null;
  @ApiProperty({ example: '410122' }) regionCode!: string;
  @ApiProperty({ enum: ['active', 'exited', 'forgotten'] }) status!: string;
  @ApiProperty({ description: 'confirmed service, whole minutes' }) confirmedMinutes!: number;
  @ApiProperty({ description: 'the awarded star level 0–5' }) starLevel!: number;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
}

export class VolunteerPageDto extends PageMetaDto {
  @ApiProperty({
    type: [VolunteerListItemDto],
    description: 'by volunteer number; the ID number and phone masked only',
  })
  items!: VolunteerListItemDto[];
}

export class ListServiceRecordsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: SERVICE_RECORD_STATUSES,
    description: '`pending` is the confirmation queue, the records waiting longest first',
  })
  @IsOptional()
  @IsIn(SERVICE_RECORD_STATUSES)
  status?: ServiceRecordStatus;

  @IdFilter(VOLUNTEER_ID_FORMAT, 'volunteer', VOLUNTEER_EXAMPLE)
  volunteerId?: string;

  @IdFilter(ACTIVITY_ID, 'activity', 'act-45c48cce2e2d7fbdea1afc51')
  activityId?: string;

  @DateFilter('served on or after this date (the Asia/Shanghai date it started)')
  from?: string;

  @DateFilter('served on or before this date (the Asia/Shanghai date it started)')
  @NotBefore('from')
  to?: string;
}

export class ServiceRecordListItemDto {
  @ApiProperty({ example: 'rec-0c1d2e3f4a5b6c7d8e9f0a1b' }) id!: string;
  @ApiProperty() volunteerId!: string;
  @ApiProperty({ example: '410122-2026-000123' }) volunteerNo!: string;
  @ApiProperty({ example: '张三', description: '"已注销" once the volunteer was forgotten' })
  volunteerName!: string;
  @ApiProperty() activityId!: string;
  @ApiProperty({ nullable: true, type: String }) activityTitle!: string | null;
  @ApiProperty() projectId!: string;
  @ApiProperty({ nullable: true, type: String }) pilotId!: string | null;
  @ApiProperty({ description: "the activity's region" }) regionCode!: string;
  @ApiProperty({ description: 'Asia/Shanghai, with offset' }) startedAt!: string;
  @ApiProperty() endedAt!: string;
  @ApiProperty({ format: 'date' }) serviceDate!: string;
  @ApiProperty({ description: 'whole minutes' }) minutes!: number;
  @ApiProperty({ enum: SERVICE_RECORD_STATUSES }) status!: string;
  @ApiProperty() content!: string;
  @ApiProperty({ description: 'the account that recorded it' }) recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class ServiceRecordListPageDto extends PageMetaDto {
  @ApiProperty({
    type: [ServiceRecordListItemDto],
    description:
      'by recordedAt: with status=pending the oldest first (the confirmation queue), otherwise the newest first',
  })
  items!: ServiceRecordListItemDto[];
}

export const MONTH_PATTERN = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;
export const isMonth = (value: unknown): value is string =>
  typeof value === 'string' && MONTH_PATTERN.test(value);
export const MAX_MONTHS = 36;

export class MonthlyHoursQuery {
  @ApiPropertyOptional({
    example: '2025-07',
    description: 'the first month (YYYY-MM); by default 11 months before `to`',
  })
  @IsOptional()
  @Matches(MONTH_PATTERN, { message: 'from must be a month YYYY-MM' })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-06',
    description: `the last month (YYYY-MM); by default the current month in Asia/Shanghai. At most ${MAX_MONTHS} months in all`,
  })
  @IsOptional()
  @Matches(MONTH_PATTERN, { message: 'to must be a month YYYY-MM' })
  @NotBefore('from', isMonth)
  to?: string;
}

class MonthMinutesDto {
  @ApiProperty({ example: '2026-01' }) month!: string;
  @ApiProperty({ description: 'confirmed minutes of service that started in the month' }) minutes!: number;
  @ApiProperty({ description: 'confirmed records that started in the month' }) records!: number;
}

export class MonthlyHoursDto {
  @ApiProperty() volunteerId!: string;
  @ApiProperty({ type: [MonthMinutesDto], description: 'every month of the range, oldest first, zeros too' })
  months!: MonthMinutesDto[];
}

class FamilyMemberDto {
  @ApiProperty({ example: VOLUNTEER_EXAMPLE }) volunteerId!: string;
  @ApiProperty({ example: '410122-2026-000124' }) volunteerNo!: string;
  @ApiProperty({ example: '李四', description: '"已注销" once that volunteer was forgotten' }) name!: string;
  @ApiProperty({ enum: FAMILY_RELATIONS, description: 'what the family member is to this volunteer' })
  relation!: string;
  @ApiProperty({ format: 'date-time' }) linkedAt!: string;
}

export class FamilyListDto {
  @ApiProperty({ type: [FamilyMemberDto], description: 'in the order the links were registered' })
  items!: FamilyMemberDto[];
}
