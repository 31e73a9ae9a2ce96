import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  FAMILY_RELATIONS,
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

export class LinkFamilyMemberDto {
  @ApiProperty({
    example: 'vol-3f5c0a9e1b2d4c6e8f0a1b2c',
    description: 'a registered, not forgotten volunteer',
  })
  @IsString()
  @Matches(VOLUNTEER_ID_FORMAT, { message: 'volunteerId must be a volunteer id' })
  volunteerId!: string;

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
