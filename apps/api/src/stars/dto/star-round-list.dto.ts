import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { StarRoundStatus } from '@ledger/domain';
import { PageMetaDto, PageQuery } from '../../http/paging';
import { RuleSetDto, RuleSetRefDto } from './star.dto';

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
  @ApiProperty({ type: RuleSetRefDto, description: 'the rule set the round applies, with its name' })
  ruleSet!: RuleSetRefDto;
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

export class RuleSetListItemDto extends RuleSetDto {
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'null for the built-in set',
  })
  createdAt!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'the account of the province administrator who defined it; null for the built-in set',
  })
  createdBy!: string | null;
}

export class RuleSetPageDto extends PageMetaDto {
  @ApiProperty({ type: [RuleSetListItemDto] }) items!: RuleSetListItemDto[];
}
