import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  BENEFIT_MAX_POINTS_COST,
  BENEFIT_MAX_STOCK,
  BENEFIT_TITLE_MAX_LENGTH,
  ORGANISATION_NAME_MAX_LENGTH,
  PARTNER_VENUE_TYPES,
  type PartnerVenueType,
} from '@ledger/domain';
import { IsRegionCode } from '../../http/validators';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreatePartnerDto {
  @ApiProperty({ example: '郑州科学技术馆', maxLength: ORGANISATION_NAME_MAX_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(ORGANISATION_NAME_MAX_LENGTH)
  name!: string;

  @ApiProperty({ example: '410100' })
  @IsRegionCode()
  regionCode!: string;

  @ApiProperty({ enum: PARTNER_VENUE_TYPES })
  @IsIn(PARTNER_VENUE_TYPES)
  venueType!: PartnerVenueType;
}

export class PartnerDto {
  @ApiProperty({ example: 'ptn-1f0e3dad99908345f7439f8f' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ enum: PARTNER_VENUE_TYPES }) venueType!: string;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
}

export class CreateBenefitDto {
  @ApiProperty({ example: '科技馆特展门票一张', maxLength: BENEFIT_TITLE_MAX_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'title must not be blank' })
  @MaxLength(BENEFIT_TITLE_MAX_LENGTH)
  title!: string;

  @ApiProperty({ example: 200, minimum: 1, maximum: BENEFIT_MAX_POINTS_COST })
  @IsInt()
  @Min(1)
  @Max(BENEFIT_MAX_POINTS_COST)
  pointsCost!: number;

  @ApiProperty({ example: 0, minimum: 0, maximum: 5 })
  @IsInt()
  @Min(0)
  @Max(5)
  minStarLevel!: number;

  @ApiProperty({ example: 50, minimum: 0, maximum: BENEFIT_MAX_STOCK })
  @IsInt()
  @Min(0)
  @Max(BENEFIT_MAX_STOCK)
  stock!: number;

  @ApiProperty({ example: 1, minimum: 1, maximum: BENEFIT_MAX_STOCK })
  @IsInt()
  @Min(1)
  @Max(BENEFIT_MAX_STOCK)
  perVolunteerLimit!: number;

  @ApiProperty({ example: '2026-06-01', format: 'date' })
  @IsString()
  @Matches(DATE, { message: 'validFrom must be a date YYYY-MM-DD' })
  validFrom!: string;

  @ApiProperty({ example: '2026-12-31', format: 'date' })
  @IsString()
  @Matches(DATE, { message: 'validTo must be a date YYYY-MM-DD' })
  validTo!: string;
}

export class BenefitDto {
  @ApiProperty({ example: 'ben-8f14e45fceea167a5a36dedd' }) id!: string;
  @ApiProperty() partnerId!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty() title!: string;
  @ApiProperty() pointsCost!: number;
  @ApiProperty() minStarLevel!: number;
  @ApiProperty() stock!: number;
  @ApiProperty({ description: 'units neither held nor captured' }) stockLeft!: number;
  @ApiProperty() held!: number;
  @ApiProperty() captured!: number;
  @ApiProperty() perVolunteerLimit!: number;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ format: 'date' }) validTo!: string;
}
