import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import {
  NOTICE_WORKING_DAYS_MAX,
  RULE_SET_NAME_MAX_LENGTH,
  ruleSetFieldErrors,
  STAR_RULE_SET_ID_FORMAT,
  STAR_WINDOWS,
  type StarWindow,
  TEXT_LIMITS,
  VOLUNTEER_ID_FORMAT,
} from '@ledger/domain';
import { IsRegionCode } from '../../http/validators';
import { IsDateOnly, IsNotBlank } from '../../volunteering/volunteering-validators';

/** A field of a rule set, checked by the domain's own rule (the decider checks the same again). */
function IsRuleSetField(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isRuleSetField',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: (args: ValidationArguments) =>
          ruleSetFieldErrors(args.object as never)
            .filter((e) => e.field === args.property)
            .map((e) => `${args.property}: ${e.message}`)
            .join('; '),
      },
      validator: {
        validate: (_: unknown, args: ValidationArguments) =>
          !ruleSetFieldErrors(args.object as never).some((e) => e.field === args.property),
      },
    });
}

export class CreateRuleSetDto {
  @ApiProperty({ example: '河南省星级志愿者认定标准', maxLength: RULE_SET_NAME_MAX_LENGTH })
  @IsRuleSetField()
  name!: string;

  @ApiProperty({
    example: [30, 60, 100, 200, 300],
    type: [Number],
    description: 'whole hours for 1★ … 5★, strictly ascending',
  })
  @IsRuleSetField()
  thresholdsHours!: number[];

  @ApiProperty({
    enum: STAR_WINDOWS,
    description: 'cumulative hours, or the hours of the cutoff’s calendar year',
  })
  @IsRuleSetField()
  window!: StarWindow;

  @ApiProperty({ example: 5, minimum: 0, maximum: NOTICE_WORKING_DAYS_MAX })
  @IsRuleSetField()
  noticeWorkingDays!: number;
}

export class RuleSetDto {
  @ApiProperty({ example: 'srs-3f1c0a9e8b7d6c5b4a392817' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ example: 'national@v1' }) ruleVersion!: string;
  @ApiProperty({ type: [Number] }) thresholdsHours!: number[];
  @ApiProperty({ enum: STAR_WINDOWS }) window!: StarWindow;
  @ApiProperty() noticeWorkingDays!: number;
  @ApiProperty({ nullable: true, type: String, description: 'the province it applies in; null: everywhere' })
  regionCode!: string | null;
  @ApiProperty() builtIn!: boolean;
}

/** A rule set as a round or a summary names it. */
export class RuleSetRefDto {
  @ApiProperty({ example: 'national' }) id!: string;
  @ApiProperty({ example: '全国星级志愿者认定标准' }) name!: string;
}

export class OpenStarRoundDto {
  @ApiProperty({ example: '410122' })
  @IsRegionCode()
  regionCode!: string;

  @ApiProperty({ example: '2026-02-28', format: 'date', description: 'service dated on or before it counts' })
  @IsDateOnly()
  cutoff!: string;

  @ApiPropertyOptional({ example: 'national', description: 'defaults to the national rule set' })
  @IsOptional()
  @IsString()
  @Matches(STAR_RULE_SET_ID_FORMAT, { message: 'ruleSetId must be national or a rule set id (srs-…)' })
  ruleSetId?: string;
}

export class StarRoundDto {
  @ApiProperty({ example: 'srd-3f1c0a9e8b7d6c5b4a392817' }) id!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ format: 'date' }) cutoff!: string;
  @ApiProperty() ruleSetId!: string;
  @ApiProperty({ type: RuleSetRefDto, description: 'the rule set the round applies, with its name' })
  ruleSet!: RuleSetRefDto;
  @ApiProperty() ruleVersion!: string;
  @ApiProperty({ enum: STAR_WINDOWS }) window!: string;
  @ApiProperty() noticeWorkingDays!: number;
  @ApiProperty({ enum: ['open', 'drawn', 'noticed', 'finalizing', 'finalized'] }) status!: string;
  @ApiProperty({ description: 'how many draws so far (a redraw before the notice replaces the candidates)' })
  draw!: number;
  @ApiProperty() candidateCount!: number;
  @ApiProperty() excludedCount!: number;
  @ApiProperty({ format: 'date', nullable: true, type: String }) noticePublishedOn!: string | null;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'the last working day of the public notice; finalize from the next day on',
  })
  noticeEndsOn!: string | null;
  @ApiProperty({ description: 'stars awarded by the finalize' }) awarded!: number;
  @ApiProperty({ description: 'candidates who already held that star' }) unchanged!: number;
  @ApiProperty({ description: 'candidates banned or forgotten since the draw' }) skipped!: number;
  @ApiProperty() openedBy!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) drawnAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finalizedAt!: string | null;
}

export class StarCandidateDto {
  @ApiProperty() volunteerId!: string;
  @ApiProperty() confirmedMinutes!: number;
  @ApiProperty() currentStarLevel!: number;
  @ApiProperty() proposedStarLevel!: number;
}

export class StarDrawDto extends StarRoundDto {
  @ApiProperty({ type: [StarCandidateDto] }) candidates!: StarCandidateDto[];
}

export class StarCandidatePageDto {
  @ApiProperty({ type: [StarCandidateDto] }) items!: StarCandidateDto[];
  @ApiPropertyOptional({ description: 'pass as `after` for the next page' }) next?: string;
}

export class StarCandidatesQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ description: 'the volunteer id the previous page ended with' })
  @IsOptional()
  @Matches(VOLUNTEER_ID_FORMAT, { message: 'after must be a volunteer id' })
  after?: string;
}

export class ExcludeCandidateDto {
  @ApiProperty({ example: 'vol-3f1c0a9e8b7d6c5b4a392817' })
  @IsString()
  @Matches(VOLUNTEER_ID_FORMAT, { message: 'volunteerId must be a volunteer id' })
  volunteerId!: string;

  @ApiProperty({ example: '服务时长存疑，待核实', maxLength: TEXT_LIMITS.reason })
  @IsString()
  @IsNotBlank()
  @MaxLength(TEXT_LIMITS.reason)
  reason!: string;
}

export class RevokeStarDto {
  @ApiProperty({ example: '服务时长造假', maxLength: TEXT_LIMITS.reason })
  @IsString()
  @IsNotBlank()
  @MaxLength(TEXT_LIMITS.reason)
  reason!: string;

  @ApiProperty({ example: 2, minimum: 1, maximum: 3, description: 'years banned from later rounds' })
  @IsInt()
  @Min(1)
  @Max(3)
  banYears!: number;
}

export class StarRevocationDto {
  @ApiProperty() volunteerId!: string;
  @ApiProperty({ description: 'the star level after the revocation (0)' }) level!: number;
  @ApiProperty() previousLevel!: number;
  @ApiProperty() reason!: string;
  @ApiProperty() banYears!: number;
  @ApiProperty({ format: 'date', description: 'the last day of the ban' }) bannedUntil!: string;
  @ApiProperty() revokedBy!: string;
  @ApiProperty({ format: 'date-time' }) revokedAt!: string;
}
