import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { StarRoundStatus } from '@ledger/domain';
import { PageMetaDto, PageQuery } from '../../http/paging';

/** Every status a round passes through, in order. */
export const STAR_ROUND_STATUSES: readonly StarRoundStatus[] = [
  'open',
  'drawn',
  'noticed',
  'finalizing',
  'finalized',
];

export class StarRoundListQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: STAR_ROUND_STATUSES })
  @IsOptional()
  @IsIn(STAR_ROUND_STATUSES, { message: `status must be one of ${STAR_ROUND_STATUSES.join(', ')}` })
  status?: StarRoundStatus;
}

export class StarRoundListItemDto {
  @ApiProperty({ example: 'srd-3f1c0a9e8b7d6c5b4a392817' }) id!: string;
  @ApiProperty({ example: '410122' }) regionCode!: string;
  @ApiProperty({ format: 'date' }) cutoff!: string;
  @ApiProperty({ enum: STAR_ROUND_STATUSES }) status!: string;
  @ApiProperty({ example: 'national' }) ruleSetId!: string;
  @ApiProperty() candidateCount!: number;
  @ApiProperty() excludedCount!: number;
  @ApiPropertyOptional({ format: 'date', description: 'once the notice is published: its last working day' })
  noticeEndsOn?: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'once finalized' }) finalizedAt?: string;
}

export class StarRoundPageDto extends PageMetaDto {
  @ApiProperty({ type: [StarRoundListItemDto] }) items!: StarRoundListItemDto[];
}
