import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import {
  FAMILY_RELATIONS,
  PERSON_NAME_MAX_LENGTH,
  type FamilyRelation,
  TIME_BANK_DESCRIPTION_MAX_LENGTH,
  TIME_BANK_MAX_MINUTES,
  VOLUNTEER_ID_FORMAT,
} from '@ledger/domain';
import { IsNotBlank } from '../../volunteering/volunteering-validators';

export class WithdrawTimeBankDto {
  @ApiProperty({ example: 120, minimum: 1, maximum: TIME_BANK_MAX_MINUTES })
  @IsInt()
  @Min(1)
  @Max(TIME_BANK_MAX_MINUTES)
  minutes!: number;

  @ApiProperty({
    example: '居家养老上门服务（本人母亲）',
    description: 'the service the volunteer or its family received',
    maxLength: TIME_BANK_DESCRIPTION_MAX_LENGTH,
  })
  @IsString()
  @IsNotBlank()
  @MaxLength(TIME_BANK_DESCRIPTION_MAX_LENGTH)
  description!: string;
}

export class WithdrawalDto {
  @ApiProperty({ example: 'twd-3f5c0a9e1b2d4c6e8f0a1b2c' }) id!: string;
  @ApiProperty() volunteerId!: string;
  @ApiProperty() minutes!: number;
  @ApiProperty() description!: string;
  @ApiProperty({ description: 'the time-bank balance after the withdrawal' }) balanceMinutes!: number;
  @ApiProperty() withdrawnBy!: string;
  @ApiProperty({ format: 'date-time' }) withdrawnAt!: string;
}

/** A volunteer number as printed on the card: region, year, sequence. */
export const VOLUNTEER_NO_FORMAT = /^\d{6}-\d{4}-\d{6}$/;

/**
 * Who the family member is: its volunteer number with its name, as a volunteer knows them (the
 * console's way), or its volunteer id (kept for API clients). One of the two, not both.
 */
export class LinkFamilyMemberDto {
  @ApiPropertyOptional({
    example: 'vol-3f5c0a9e1b2d4c6e8f0a1b2c',
    description: 'a registered, not forgotten volunteer; or give volunteerNo and name instead',
  })
  @ValidateIf((body: LinkFamilyMemberDto) => body.volunteerId !== undefined || body.volunteerNo === undefined)
  @IsString()
  @Matches(VOLUNTEER_ID_FORMAT, { message: 'volunteerId must be a volunteer id' })
  volunteerId?: string;

  @ApiPropertyOptional({
    example: '410122-2026-000124',
    description:
      "the family member's volunteer number; with it `name` must be the family member's name " +
      '(422 FAMILY_NAME_MISMATCH otherwise, 422 UNKNOWN_VOLUNTEER_NO for a number no volunteer has)',
  })
  @IsOptional()
  @IsString()
  @Matches(VOLUNTEER_NO_FORMAT, {
    message: 'volunteerNo must be a volunteer number such as 410122-2026-000124',
  })
  volunteerNo?: string;

  @ApiPropertyOptional({
    example: '李四',
    description: "the family member's name, required with volunteerNo",
  })
  @ValidateIf((body: LinkFamilyMemberDto) => body.volunteerNo !== undefined || body.name !== undefined)
  @IsString()
  @IsNotBlank()
  @MaxLength(PERSON_NAME_MAX_LENGTH)
  name?: string;

  @ApiProperty({ enum: FAMILY_RELATIONS, description: 'what that volunteer is to this one' })
  @IsIn(FAMILY_RELATIONS)
  relation!: FamilyRelation;
}

export class FamilyLinkDto {
  @ApiProperty() volunteerId!: string;
  @ApiProperty() familyVolunteerId!: string;
  @ApiProperty({ enum: FAMILY_RELATIONS }) relation!: string;
  @ApiProperty({ enum: FAMILY_RELATIONS, description: 'what this volunteer is to the family member' })
  reverseRelation!: string;
  @ApiProperty() linkedBy!: string;
  @ApiProperty({ format: 'date-time' }) linkedAt!: string;
}

export class TransferTimeBankDto {
  @ApiProperty({ example: 'vol-3f5c0a9e1b2d4c6e8f0a1b2c', description: 'a registered family member' })
  @IsString()
  @Matches(VOLUNTEER_ID_FORMAT, { message: 'toVolunteerId must be a volunteer id' })
  toVolunteerId!: string;

  @ApiProperty({ example: 60, minimum: 1, maximum: TIME_BANK_MAX_MINUTES })
  @IsInt()
  @Min(1)
  @Max(TIME_BANK_MAX_MINUTES)
  minutes!: number;
}

export class TransferDto {
  @ApiProperty({ example: 'tbt-3f5c0a9e1b2d4c6e8f0a1b2c' }) id!: string;
  @ApiProperty() fromVolunteerId!: string;
  @ApiProperty() toVolunteerId!: string;
  @ApiProperty() minutes!: number;
  @ApiProperty({ enum: ['completed'] }) status!: string;
  @ApiProperty({ description: 'the giver’s time-bank balance after the transfer' }) balanceMinutes!: number;
  @ApiProperty({ format: 'date-time' }) transferredAt!: string;
}
