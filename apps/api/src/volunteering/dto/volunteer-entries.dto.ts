import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  EVALUATION_PERIOD_PATTERN,
  EVALUATION_RATINGS,
  type EvaluationRating,
  TEXT_LIMITS,
  TRAINING_MAX_MINUTES,
} from '@ledger/domain';
import { IsDateOnly, IsNotBlank } from '../volunteering-validators';

export class RecordTrainingDto {
  @ApiProperty({ example: '科普讲解员培训', maxLength: TEXT_LIMITS.course })
  @IsString()
  @IsNotBlank()
  @MaxLength(TEXT_LIMITS.course)
  course!: string;

  @ApiProperty({ example: '2026-03-01', format: 'date' })
  @IsDateOnly()
  completedOn!: string;

  @ApiProperty({ example: 240, minimum: 1, maximum: TRAINING_MAX_MINUTES })
  @IsInt()
  @Min(1)
  @Max(TRAINING_MAX_MINUTES)
  minutes!: number;
}

export class TrainingDto {
  @ApiProperty() id!: string;
  @ApiProperty() volunteerId!: string;
  @ApiProperty() course!: string;
  @ApiProperty({ format: 'date' }) completedOn!: string;
  @ApiProperty() minutes!: number;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class RecordCommendationDto {
  @ApiProperty({ example: '优秀科技志愿者', maxLength: TEXT_LIMITS.title })
  @IsString()
  @IsNotBlank()
  @MaxLength(TEXT_LIMITS.title)
  title!: string;

  @ApiProperty({
    example: '郑州市科学技术协会',
    description: 'the awarding body',
    maxLength: TEXT_LIMITS.awardedBy,
  })
  @IsString()
  @IsNotBlank()
  @MaxLength(TEXT_LIMITS.awardedBy)
  awardedBy!: string;

  @ApiProperty({ example: '2025-12-05', format: 'date' })
  @IsDateOnly()
  awardedOn!: string;
}

export class CommendationDto {
  @ApiProperty() id!: string;
  @ApiProperty() volunteerId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() awardedBy!: string;
  @ApiProperty({ format: 'date' }) awardedOn!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class RecordEvaluationDto {
  @ApiProperty({ example: '2026-Q1', description: 'YYYY, YYYY-H1/H2, YYYY-Q1…Q4 or YYYY-MM' })
  @IsString()
  @Matches(EVALUATION_PERIOD_PATTERN, { message: 'period must be YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM' })
  period!: string;

  @ApiProperty({ enum: EVALUATION_RATINGS })
  @IsIn(EVALUATION_RATINGS)
  rating!: EvaluationRating;

  @ApiPropertyOptional({
    example: '讲解认真，深受好评',
    maxLength: TEXT_LIMITS.comment,
    description: 'sealed under the volunteer key like other personal data',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.comment)
  comment?: string;
}

export class EvaluationDto {
  @ApiProperty() id!: string;
  @ApiProperty() volunteerId!: string;
  @ApiProperty() period!: string;
  @ApiProperty({ enum: EVALUATION_RATINGS }) rating!: string;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class TrainingListDto {
  @ApiProperty({ type: [TrainingDto] }) items!: TrainingDto[];
}

export class CommendationListDto {
  @ApiProperty({ type: [CommendationDto] }) items!: CommendationDto[];
}

export class EvaluationListDto {
  @ApiProperty({ type: [EvaluationDto] }) items!: EvaluationDto[];
}
