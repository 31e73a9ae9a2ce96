import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { TEXT_LIMITS, VOLUNTEER_ID_FORMAT } from '@ledger/domain';
import { IsNotBlank, IsOffsetDateTime } from '../volunteering-validators';

/** Ids of other features' resources are only checked for shape here; their stream says whether they exist. */
export const RESOURCE_ID_FORMAT = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** A roster is recorded in one request up to this size; larger ones are split by the client. */
export const BULK_MAX_ENTRIES = 500;

class ServiceSessionFields {
  @ApiProperty({ example: '2026-03-05T09:00:00+08:00', description: 'ISO-8601 with offset' })
  @IsOffsetDateTime()
  startedAt!: string;

  @ApiProperty({
    example: '2026-03-05T11:30:00+08:00',
    description: 'after startedAt, not in the future, at most 24 h later',
  })
  @IsOffsetDateTime()
  endedAt!: string;

  @ApiProperty({ example: '社区科普讲座：防范电信诈骗', maxLength: TEXT_LIMITS.content })
  @IsString()
  @IsNotBlank()
  @MaxLength(TEXT_LIMITS.content)
  content!: string;
}

export class BulkServiceEntryDto extends ServiceSessionFields {
  @ApiProperty({ example: 'vol-3f5c0a9e1b2d4c6e8f0a1b2c' })
  @IsString()
  @Matches(VOLUNTEER_ID_FORMAT, { message: 'volunteerId must be a volunteer id (vol-…)' })
  volunteerId!: string;
}

export class RecordServiceDto extends BulkServiceEntryDto {
  @ApiProperty({ example: 'act-5d1e0b7c9a8f6e4d2c1b0a9f' })
  @IsString()
  @Matches(RESOURCE_ID_FORMAT, { message: 'activityId must be an activity id' })
  activityId!: string;
}

export class RecordServicesInBulkDto {
  @ApiProperty({ example: 'act-5d1e0b7c9a8f6e4d2c1b0a9f' })
  @IsString()
  @Matches(RESOURCE_ID_FORMAT, { message: 'activityId must be an activity id' })
  activityId!: string;

  @ApiProperty({ type: [BulkServiceEntryDto], minItems: 1, maxItems: BULK_MAX_ENTRIES })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK_MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => BulkServiceEntryDto)
  entries!: BulkServiceEntryDto[];
}

export class CorrectServiceDto {
  @ApiProperty({ example: '2026-03-05T09:00:00+08:00' })
  @IsOffsetDateTime()
  startedAt!: string;

  @ApiProperty({ example: '2026-03-05T12:00:00+08:00' })
  @IsOffsetDateTime()
  endedAt!: string;

  @ApiProperty({ example: '结束时间登记有误', maxLength: TEXT_LIMITS.reason })
  @IsString()
  @IsNotBlank()
  @MaxLength(TEXT_LIMITS.reason)
  reason!: string;
}

export class ServiceRecordHistoryEntryDto {
  @ApiProperty({ enum: ['recorded', 'confirmed', 'rejected', 'voided', 'corrected'] }) action!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ description: 'account id' }) by!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ enum: ['pending', 'confirmed', 'rejected', 'voided'] }) status!: string;
  @ApiProperty() minutes!: number;
  @ApiProperty() startedAt!: string;
  @ApiProperty() endedAt!: string;
}

export class ServiceRecordDto {
  @ApiProperty({ example: 'rec-0c1d2e3f4a5b6c7d8e9f0a1b' }) id!: string;
  @ApiProperty() volunteerId!: string;
  @ApiProperty() activityId!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty({ nullable: true, type: String }) pilotId!: string | null;
  @ApiProperty({ description: "the activity's region" }) regionCode!: string;
  @ApiProperty({ enum: ['pending', 'confirmed', 'rejected', 'voided'] }) status!: string;
  @ApiProperty({ description: 'whole minutes' }) minutes!: number;
  @ApiProperty({ description: 'Asia/Shanghai, with offset' }) startedAt!: string;
  @ApiProperty() endedAt!: string;
  @ApiProperty({ format: 'date' }) serviceDate!: string;
  @ApiProperty() content!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: [ServiceRecordHistoryEntryDto] }) history!: ServiceRecordHistoryEntryDto[];
}

export class BulkEntryResultDto {
  @ApiProperty() index!: number;
  @ApiProperty({ description: '201 when recorded, else the status a single POST would have had' })
  status!: number;
  @ApiPropertyOptional({ type: ServiceRecordDto }) record?: ServiceRecordDto;
  @ApiPropertyOptional({ description: 'the problem document, when the entry was refused' })
  error?: Record<string, unknown>;
}

export class BulkResultDto {
  @ApiProperty() activityId!: string;
  @ApiProperty() created!: number;
  @ApiProperty() failed!: number;
  @ApiProperty({ type: [BulkEntryResultDto] }) results!: BulkEntryResultDto[];
}

export class ServiceRecordPageDto {
  @ApiProperty({ type: [ServiceRecordDto] }) items!: ServiceRecordDto[];
  @ApiPropertyOptional({ description: 'pass as ?cursor= for the next page' }) next?: string;
}
