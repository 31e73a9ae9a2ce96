import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateIf,
  ArrayMinSize,
  IsString,
  MaxLength,
} from 'class-validator';
import {
  isOffsetDateTime,
  type Recruitment,
  RECRUITMENT_APPROVALS,
  RECRUITMENT_AUDIENCES,
  RECRUITMENT_MAX_QUOTA,
  RECRUITMENT_MAX_TEAMS,
  TEAM_ID_FORMAT,
  VOLUNTEER_ID_FORMAT,
} from '@ledger/domain';
import { registerDecorator, type ValidationArguments } from 'class-validator';

/** ISO-8601 with offset on a real date. */
const IsOffsetDateTime = (): PropertyDecorator => (target: object, propertyName: string | symbol) =>
  registerDecorator({
    name: 'isOffsetDateTime',
    target: target.constructor,
    propertyName: String(propertyName),
    validator: {
      validate: (value: unknown) => isOffsetDateTime(value) && !Number.isNaN(Date.parse(value)),
      defaultMessage: (args: ValidationArguments) =>
        `${args.property} must be an ISO-8601 date-time with offset, e.g. 2026-03-04T18:00:00+08:00`,
    },
  });

/** How an activity recruits (招募). */
export class RecruitmentDto {
  @ApiProperty({ description: 'false closes recruitment; who is in stays in' })
  @IsBoolean()
  open!: boolean;

  @ApiProperty({ minimum: 1, maximum: RECRUITMENT_MAX_QUOTA, example: 10 })
  @IsInt()
  @Min(1)
  @Max(RECRUITMENT_MAX_QUOTA)
  quota!: number;

  @ApiProperty({
    example: '2026-03-04T18:00:00+08:00',
    description: 'sign-up closes at this instant or the start, whichever is first',
  })
  @IsOffsetDateTime()
  signupDeadline!: string;

  @ApiProperty({ enum: RECRUITMENT_APPROVALS, description: 'auto: accepted at once within the quota' })
  @IsIn(RECRUITMENT_APPROVALS)
  approval!: 'auto' | 'manual';

  @ApiProperty({
    enum: RECRUITMENT_AUDIENCES,
    description: 'region: volunteers it reaches by region; teams: members of teamIds',
  })
  @IsIn(RECRUITMENT_AUDIENCES)
  audience!: 'region' | 'teams';

  @ApiPropertyOptional({
    type: [String],
    description: 'the teams of a teams audience',
    example: ['tm-8f14e45fceea167a5a36dedd'],
  })
  @ValidateIf((o: RecruitmentDto) => o.audience === 'teams' || o.teamIds !== undefined)
  @IsArray()
  @ArrayMinSize(1, { message: 'an audience of teams names at least one team' })
  @ArrayMaxSize(RECRUITMENT_MAX_TEAMS)
  @Matches(TEAM_ID_FORMAT, { each: true, message: 'teamIds must be team ids such as tm-…' })
  teamIds?: string[];

  @ApiProperty({ description: 'whether volunteers without a sign-up may check in on site' })
  @IsBoolean()
  walkIns!: boolean;
}

/** The recruitment a valid body describes (no teams for a region audience). */
export const recruitmentOf = (body: RecruitmentDto): Recruitment => ({
  open: body.open,
  quota: body.quota,
  signupDeadline: body.signupDeadline,
  approval: body.approval,
  audience: body.audience,
  teamIds: body.teamIds ?? [],
  walkIns: body.walkIns,
});

export class RecruitmentAnswerDto {
  @ApiProperty({ type: RecruitmentDto, nullable: true, description: 'null: the activity does not recruit' })
  recruitment!: RecruitmentDto | null;
}

export class SignUpDto {
  @ApiPropertyOptional({
    description:
      'organisers and administrators name the volunteer; a volunteer account sends nothing (itself)',
  })
  @IsOptional()
  @Matches(VOLUNTEER_ID_FORMAT, { message: 'volunteerId must be a volunteer id such as vol-…' })
  volunteerId?: string;
}

export class SignupAnswerDto {
  @ApiProperty({ example: 'sgn-8f14e45fceea167a5a36dedd' }) id!: string;
  @ApiProperty({ enum: ['accepted', 'pending', 'waitlisted', 'declined', 'withdrawn', 'no-show'] })
  status!: string;
}

export class WithdrawDto {
  @ApiPropertyOptional({ example: '家里有事', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class SignupItemDto {
  @ApiProperty({ example: 'sgn-8f14e45fceea167a5a36dedd' }) id!: string;
  @ApiProperty() volunteerId!: string;
  @ApiProperty({ enum: ['pending', 'accepted', 'waitlisted', 'declined', 'withdrawn', 'no-show'] })
  status!: string;
  @ApiProperty({ format: 'date-time' }) signedUpAt!: string;
  @ApiPropertyOptional({ minimum: 1, description: '1-based place in line, waitlisted sign-ups only' })
  waitlistPosition?: number;
}

export class MySignupDto {
  @ApiProperty() id!: string;
  @ApiProperty() status!: string;
}

export class OpenActivityDto {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty() quota!: number;
  @ApiProperty() accepted!: number;
  @ApiProperty() waitlisted!: number;
  @ApiProperty({ format: 'date-time' }) signupDeadline!: string;
  @ApiPropertyOptional({ type: MySignupDto, description: "the caller's latest sign-up for it" })
  mySignup?: MySignupDto;
}
