import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { PARTNER_VENUE_TYPES } from '@ledger/domain';
import { PageMetaDto, PageQuery } from '../../http/paging';
import { SearchText } from '../../organisation/dto/list-filters';
import { BenefitDto } from './partner.dto';

export class PartnerListQueryDto extends PageQuery {
  @SearchText('a part of the name')
  q?: string;
}

export class PartnerListItemDto {
  @ApiProperty({ example: 'ptn-1f0e3dad99908345f7439f8f' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ enum: PARTNER_VENUE_TYPES }) venueType!: string;
  @ApiProperty({ description: 'benefits it has offered, whatever their validity and stock' })
  benefitCount!: number;
}

export class PartnerPageDto extends PageMetaDto {
  @ApiProperty({ type: [PartnerListItemDto] }) items!: PartnerListItemDto[];
}

export class BenefitListQueryDto extends PageQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description:
      'true: on offer today (validFrom ≤ today ≤ validTo, Asia/Shanghai); false: not (ended or not begun)',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'active must be true or false' })
  active?: 'true' | 'false';
}

export class BenefitPageDto extends PageMetaDto {
  @ApiProperty({ type: [BenefitDto] }) items!: BenefitDto[];
}

/** The period of a redemption listing; checked by the listing's own date rules. */
export class RedemptionPeriodQueryDto {
  @ApiPropertyOptional({ description: 'YYYY-MM-DD, Asia/Shanghai (default: `to`, or today)', format: 'date' })
  @IsOptional()
  @IsString()
  from?: string;

  @ApiPropertyOptional({
    description: 'YYYY-MM-DD, inclusive (default: `from`, or today); at most 62 days after `from`',
    format: 'date',
  })
  @IsOptional()
  @IsString()
  to?: string;
}

/** The CSV export's forms: for people by default, `machine` for programs. */
export const REDEMPTION_CSV_FORMATS = ['machine'] as const;
export type RedemptionCsvFormat = (typeof REDEMPTION_CSV_FORMATS)[number];

/** The period of the CSV export, and which of its two forms. */
export class RedemptionCsvQueryDto extends RedemptionPeriodQueryDto {
  @ApiPropertyOptional({
    enum: REDEMPTION_CSV_FORMATS,
    description:
      'Absent: the file for people (Chinese headers and statuses, Beijing time `YYYY-MM-DD HH:mm`). ' +
      '`machine`: the file for programs (headers id, requestedAt, benefit, volunteerNo, points, status, ' +
      'capturedAt, voidedAt; the API’s status names; ISO 8601 times with their +08:00 offset).',
  })
  @IsOptional()
  @IsIn(REDEMPTION_CSV_FORMATS, { message: 'format must be machine, or absent' })
  format?: RedemptionCsvFormat;
}
