import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { VOLUNTEER_ID_FORMAT } from '@ledger/domain';
import { IsDateOnly, IsNotBlank } from '../../volunteering/volunteering-validators';

export const ISSUER_TEXT_MAX = 200;

export class RegisterIssuerDto {
  @ApiProperty({ example: '郑州市科学技术协会', maxLength: ISSUER_TEXT_MAX })
  @IsString()
  @IsNotBlank()
  @MaxLength(ISSUER_TEXT_MAX)
  name!: string;

  @ApiProperty({ example: '410100' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a six-digit GB/T 2260 code' })
  regionCode!: string;

  @ApiProperty({ example: '张主任', description: '负责人', maxLength: ISSUER_TEXT_MAX })
  @IsString()
  @IsNotBlank()
  @MaxLength(ISSUER_TEXT_MAX)
  personInCharge!: string;

  @ApiProperty({ example: '李经办', description: '经办人', maxLength: ISSUER_TEXT_MAX })
  @IsString()
  @IsNotBlank()
  @MaxLength(ISSUER_TEXT_MAX)
  handler!: string;

  @ApiProperty({ example: '0371-12345678', description: '联系方式', maxLength: ISSUER_TEXT_MAX })
  @IsString()
  @IsNotBlank()
  @MaxLength(ISSUER_TEXT_MAX)
  contact!: string;
}

export class IssueCertificateDto {
  @ApiProperty({ example: 'vol-0123456789abcdef01234567' })
  @IsString()
  @Matches(VOLUNTEER_ID_FORMAT, { message: 'volunteerId must be a volunteer id' })
  volunteerId!: string;

  @ApiPropertyOptional({
    example: '2026-01-01',
    format: 'date',
    description: 'first day of the period (default: the first day of service; with none, to)',
  })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-06-30',
    format: 'date',
    description: 'last day of the period (default: today)',
  })
  @IsOptional()
  @IsDateOnly()
  to?: string;

  @ApiPropertyOptional({ example: '升学', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  purpose?: string;
}

export class RevokeCertificateDto {
  @ApiProperty({ example: '服务记录有误', maxLength: 200 })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  reason!: string;
}
