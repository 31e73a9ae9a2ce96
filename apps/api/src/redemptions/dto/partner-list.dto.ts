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
