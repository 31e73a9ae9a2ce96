import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Equals,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  NEED_COMMENT_MAX_LENGTH,
  NEED_DESCRIPTION_MAX_LENGTH,
  NEED_STATUSES,
  NEED_TITLE_MAX_LENGTH,
  ORGANISATION_NAME_MAX_LENGTH,
  ORGANISATION_REASON_MAX_LENGTH,
  PROJECT_FIELDS,
} from '@ledger/domain';
import { PageQuery } from '../../http/paging';
import { IsRegionCode } from '../../http/validators';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class NeedRequesterDto {
  @ApiProperty({ example: '王建国', description: 'personal data: sealed, masked everywhere' })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(50)
  name!: string;

  @ApiProperty({ example: '13812345678', description: 'personal data: sealed, masked everywhere' })
  @IsString()
  @MaxLength(32)
  phone!: string;

  @ApiPropertyOptional({ example: '中牟县某村村民委员会', maxLength: ORGANISATION_NAME_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'organisation must not be blank' })
  @MaxLength(ORGANISATION_NAME_MAX_LENGTH)
  organisation?: string;
}

export class SubmitNeedDto {
  @ApiProperty({ example: '果树病虫害防治指导', maxLength: NEED_TITLE_MAX_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'title must not be blank' })
  @MaxLength(NEED_TITLE_MAX_LENGTH)
  title!: string;

  @ApiProperty({ maxLength: NEED_DESCRIPTION_MAX_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'description must not be blank' })
  @MaxLength(NEED_DESCRIPTION_MAX_LENGTH)
  description!: string;

  @ApiProperty({ enum: PROJECT_FIELDS })
  @IsIn(PROJECT_FIELDS)
  field!: string;

  @ApiProperty({ example: '410122' })
  @IsRegionCode()
  regionCode!: string;

  @ApiProperty({ type: NeedRequesterDto })
  @IsObject()
  @ValidateNested()
  @Type(() => NeedRequesterDto)
  requester!: NeedRequesterDto;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-01' })
  @IsOptional()
  @IsString()
  @Matches(DATE, { message: 'preferredFrom must be a date such as 2026-12-01' })
  preferredFrom?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-15' })
  @IsOptional()
  @IsString()
  @Matches(DATE, { message: 'preferredTo must be a date such as 2026-12-15' })
  preferredTo?: string;

  @ApiProperty({
    description: 'the requester agrees that the contact is kept to serve the need; must be true',
  })
  @Equals(true, { message: 'consent must be true' })
  consent!: boolean;
}

export class ReasonDto {
  @ApiProperty({ maxLength: ORGANISATION_REASON_MAX_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(ORGANISATION_REASON_MAX_LENGTH)
  reason!: string;
}

export class DispatchNeedDto {
  @ApiProperty({ example: 'tm-1f0e3dad99908345f7439f8f', description: 'a team of the need’s region' })
  @IsString()
  @Matches(/^tm-[0-9a-f]{24}$/, { message: 'teamId must be a team id such as tm-…' })
  teamId!: string;
}

export class RateNeedDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;

  @ApiPropertyOptional({ maxLength: NEED_COMMENT_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(NEED_COMMENT_MAX_LENGTH)
  comment?: string;
}

export class ListNeedsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: NEED_STATUSES })
  @IsOptional()
  @IsIn(NEED_STATUSES)
  status?: string;

  @ApiPropertyOptional({ enum: PROJECT_FIELDS })
  @IsOptional()
  @IsIn(PROJECT_FIELDS)
  field?: string;
}
