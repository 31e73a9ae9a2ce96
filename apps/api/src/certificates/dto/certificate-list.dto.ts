import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { VOLUNTEER_ID_FORMAT } from '@ledger/domain';
import { PageMetaDto, PageQuery } from '../../http/paging';
import { IsDateOnly } from '../../volunteering/volunteering-validators';

export const CERTIFICATE_STATUSES = ['valid', 'revoked'] as const;

export class CertificateListQueryDto extends PageQuery {
  @ApiPropertyOptional({
    description: 'one volunteer’s certificates (a volunteer account: only its own id)',
    example: 'vol-0123456789abcdef01234567',
  })
  @IsOptional()
  @IsString()
  @Matches(VOLUNTEER_ID_FORMAT, { message: 'volunteerId must be a volunteer id' })
  volunteerId?: string;

  @ApiPropertyOptional({
    description: 'the certificate number, or its beginning (`410100-2026`)',
    example: '410100-2026-000001',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9-]{1,18}$/, {
    message: 'number must be a certificate number or its beginning (digits and -)',
  })
  number?: string;

  @ApiPropertyOptional({ enum: CERTIFICATE_STATUSES })
  @IsOptional()
  @IsIn(CERTIFICATE_STATUSES, { message: 'status must be valid or revoked' })
  status?: (typeof CERTIFICATE_STATUSES)[number];

  @ApiPropertyOptional({ format: 'date', description: 'issued on or after (YYYY-MM-DD, Asia/Shanghai)' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'issued on or before (inclusive)' })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}

class CertificatePeriodDto {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
}

class CertificateTotalsDto {
  @ApiProperty({ description: 'confirmed service minutes on the certificate' }) minutes!: number;
  @ApiProperty({ description: 'service records on the certificate' }) records!: number;
}

export class CertificateListItemDto {
  @ApiProperty({ example: 'crt-0123456789abcdef01234567' }) id!: string;
  @ApiProperty({ example: '410100-2026-000001' }) number!: string;
  @ApiProperty() volunteerId!: string;
  @ApiProperty() volunteerNo!: string;
  @ApiProperty({ description: 'as on the certificate; 已注销 once the volunteer is forgotten' })
  volunteerName!: string;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiProperty({ type: CertificatePeriodDto }) period!: CertificatePeriodDto;
  @ApiProperty({ type: CertificateTotalsDto }) totals!: CertificateTotalsDto;
  @ApiProperty({ enum: CERTIFICATE_STATUSES }) status!: string;
}

export class CertificatePageDto extends PageMetaDto {
  @ApiProperty({ type: [CertificateListItemDto] }) items!: CertificateListItemDto[];
}
