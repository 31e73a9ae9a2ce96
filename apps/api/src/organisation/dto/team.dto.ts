import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import {
  INSTITUTION_KINDS,
  type InstitutionKind,
  MEMBER_ID_PATTERN,
  ORGANISATION_NAME_MAX_LENGTH,
  ORGANISATION_REASON_MAX_LENGTH,
  PLATFORM_REGISTRATION_NO_PATTERN,
} from '@ledger/domain';
import { IsRegionCode } from '../../http/validators';

export const PILOT_ID = /^plt-[0-9a-f]{24}$/;
const REGISTRATION_NO_MESSAGE = 'platformRegistrationNo must be 1–64 letters, digits or dashes';

export class InstitutionDto {
  @ApiProperty({ enum: INSTITUTION_KINDS })
  @IsIn(INSTITUTION_KINDS)
  kind!: InstitutionKind;

  @ApiProperty({ example: '郑州大学', maxLength: ORGANISATION_NAME_MAX_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(ORGANISATION_NAME_MAX_LENGTH)
  name!: string;
}

export class CreateTeamDto {
  @ApiProperty({ example: '郑州大学科技志愿服务队', maxLength: ORGANISATION_NAME_MAX_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(ORGANISATION_NAME_MAX_LENGTH)
  name!: string;

  @ApiProperty({ example: '410122' })
  @IsRegionCode()
  regionCode!: string;

  @ApiPropertyOptional({ description: 'the pilot the team counts toward; its region must contain the team' })
  @IsOptional()
  @IsString()
  @Matches(PILOT_ID, { message: 'pilotId must be a pilot id such as plt-…' })
  pilotId?: string;

  @ApiProperty({ type: InstitutionDto, description: 'the partner institution the team is formed with' })
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionDto)
  institution!: InstitutionDto;

  @ApiPropertyOptional({ example: 'DMZY-410122-0001', description: 'registration number on 大美志愿' })
  @IsOptional()
  @IsString()
  @Matches(PLATFORM_REGISTRATION_NO_PATTERN, { message: REGISTRATION_NO_MESSAGE })
  platformRegistrationNo?: string;
}

export class PlatformRegistrationDto {
  @ApiProperty({ example: 'DMZY-410122-0001' })
  @IsString()
  @Matches(PLATFORM_REGISTRATION_NO_PATTERN, { message: REGISTRATION_NO_MESSAGE })
  platformRegistrationNo!: string;

  @ApiPropertyOptional({ description: 'required when it replaces a number already recorded' })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(ORGANISATION_REASON_MAX_LENGTH)
  reason?: string;
}

export class JoinTeamDto {
  @ApiProperty({ example: 'vol-5d41402abc4b2a76b9719d91' })
  @IsString()
  @Matches(MEMBER_ID_PATTERN, { message: 'volunteerId must be a volunteer id' })
  volunteerId!: string;
}

export class ExitTeamDto {
  @ApiProperty({ example: '毕业离校', maxLength: ORGANISATION_REASON_MAX_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(ORGANISATION_REASON_MAX_LENGTH)
  reason!: string;
}

class InstitutionViewDto {
  @ApiProperty({ enum: INSTITUTION_KINDS }) kind!: string;
  @ApiProperty() name!: string;
}

export class TeamDto {
  @ApiProperty({ example: 'tm-1f0e3dad99908345f7439f8f' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ nullable: true, type: String }) pilotId!: string | null;
  @ApiProperty({ type: InstitutionViewDto }) institution!: InstitutionViewDto;
  @ApiProperty({ nullable: true, type: String }) platformRegistrationNo!: string | null;
  @ApiProperty({ description: 'current members (joined and not exited)' }) memberCount!: number;
  @ApiProperty({ format: 'date-time' }) formedAt!: string;
}

export class MembershipDto {
  @ApiProperty() teamId!: string;
  @ApiProperty() volunteerId!: string;
  @ApiProperty({ enum: ['current', 'exited'] }) status!: string;
  @ApiProperty({ format: 'date-time', description: 'when the volunteer joined or exited' }) at!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ description: 'the team size after this change' }) memberCount!: number;
}
