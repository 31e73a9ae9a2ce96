import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export const HISTORY_PAGE_DEFAULT = 50;
export const HISTORY_PAGE_MAX = 200;

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: HISTORY_PAGE_MAX, default: HISTORY_PAGE_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(HISTORY_PAGE_MAX)
  limit?: number;

  @ApiPropertyOptional({ description: 'the `next` of the previous page' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'cursor must be the `next` value of a previous page' })
  cursor?: string;
}

class ExpiringPointsDto {
  @ApiProperty({ example: '2027-12-31', description: 'the last day these points can be spent' })
  expiresOn!: string;
  @ApiProperty() points!: number;
}

/** The figures add up: earned − clawedBack − spent − expired − held = available. */
class PointsDto {
  @ApiProperty({
    description:
      'earned − clawedBack − spent − expired − held; below 0 only when points already spent were clawed back',
  })
  available!: number;
  @ApiProperty({ description: 'held for redemptions not yet completed' }) held!: number;
  @ApiProperty({ description: 'ever earned: confirmed service, training and referral bonuses' })
  earned!: number;
  @ApiProperty({
    description: 'taken back by a void or a downward correction of a confirmed service record',
  })
  clawedBack!: number;
  @ApiProperty({ description: 'spent on completed redemptions' }) spent!: number;
  @ApiProperty({ description: 'expired unspent' }) expired!: number;
  @ApiProperty({
    type: [ExpiringPointsDto],
    description: 'available points by their last day, soonest first (at most three days)',
  })
  expiring!: ExpiringPointsDto[];
}

class TimeBankDto {
  @ApiProperty() balanceMinutes!: number;
}

class StarRuleSetDto {
  @ApiProperty({ example: 'national' }) id!: string;
  @ApiProperty({ example: '全国星级志愿者认定标准' }) name!: string;
  @ApiProperty({ type: [Number], description: 'hours for 1★ … 5★' }) thresholdsHours!: number[];
  @ApiProperty({ enum: ['cumulative', 'calendar-year'] }) window!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "the round applying it to the volunteer's region; null when none has (the national set)",
  })
  roundId!: string | null;
  @ApiProperty({
    description: 'confirmed minutes it counts today (this calendar year’s for a calendar-year set)',
  })
  qualifyingMinutes!: number;
}

export class VolunteerSummaryDto {
  @ApiProperty() volunteerId!: string;
  @ApiProperty() confirmedMinutes!: number;
  @ApiProperty() pendingMinutes!: number;
  @ApiProperty({ description: 'awarded level 0–5' }) starLevel!: number;
  @ApiProperty({ description: 'what the confirmed hours qualify for under `starRuleSet`' })
  qualifiedStarLevel!: number;
  @ApiProperty({
    type: StarRuleSetDto,
    description:
      'the rule set that will judge the volunteer: that of the newest unfinalized round of the region or a ' +
      'region containing it, else of the newest finalized one, else the national set',
  })
  starRuleSet!: StarRuleSetDto;
  @ApiProperty({ type: PointsDto }) points!: PointsDto;
  @ApiProperty({ type: TimeBankDto }) timeBank!: TimeBankDto;
}

class HistorySourceDto {
  @ApiProperty({ example: 'service-record' }) type!: string;
  @ApiProperty() id!: string;
}

class HistoryActivityDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '科技馆周末科普讲解' }) title!: string;
}

class HistoryItemDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ enum: ['hours', 'points', 'time-bank', 'star'] }) kind!: string;
  @ApiProperty({ description: 'minutes for kind hours' }) delta!: number;
  @ApiProperty() balanceAfter!: number;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: HistorySourceDto }) source!: HistorySourceDto;
  @ApiPropertyOptional({
    type: HistoryActivityDto,
    description: 'the activity served, when the source is a service record',
  })
  activity?: HistoryActivityDto;
  @ApiPropertyOptional({
    format: 'date',
    description: 'the day the service began (Asia/Shanghai), when the source is a service record',
  })
  servedOn?: string;
}

export class HistoryPageDto {
  @ApiProperty({ type: [HistoryItemDto], description: 'newest first' }) items!: HistoryItemDto[];
  @ApiPropertyOptional({ description: 'pass as ?cursor= for older items' }) next?: string;
}
