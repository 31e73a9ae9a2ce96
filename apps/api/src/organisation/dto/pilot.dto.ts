import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { ORGANISATION_NAME_MAX_LENGTH, PILOT_LEVELS, type PilotLevel } from '@ledger/domain';
import { IsRegionCode } from '../../http/validators';
import { IsBusinessDate, MatchesPilotLevel } from './organisation-validators';

export class CreatePilotDto {
  @ApiProperty({ example: '中牟县科技志愿服务体系建设试点', maxLength: ORGANISATION_NAME_MAX_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(ORGANISATION_NAME_MAX_LENGTH)
  name!: string;

  @ApiProperty({ enum: PILOT_LEVELS })
  @IsIn(PILOT_LEVELS)
  level!: PilotLevel;

  @ApiProperty({
    example: '410122',
    description: 'a city code (…00) for a city pilot, a county code for a county pilot',
  })
  @IsRegionCode()
  @MatchesPilotLevel()
  regionCode!: string;

  @ApiProperty({ example: '2026-03-01', format: 'date', description: 'the funding date (立项资助之日)' })
  @IsBusinessDate()
  fundedOn!: string;
}

class TeamTargetDto {
  @ApiProperty() required!: number;
  @ApiProperty() minMembers!: number;
}

class CountTargetDto {
  @ApiProperty() required!: number;
}

class PilotTargetsDto {
  @ApiProperty({ type: TeamTargetDto }) teams!: TeamTargetDto;
  @ApiProperty({ type: CountTargetDto }) projects!: CountTargetDto;
  @ApiProperty({ type: CountTargetDto }) activities!: CountTargetDto;
  @ApiProperty({ type: CountTargetDto }) stations!: CountTargetDto;
}

export class PilotDto {
  @ApiProperty({ example: 'plt-3f1c0a9e8b7d6c5b4a392817' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PILOT_LEVELS }) level!: PilotLevel;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ format: 'date' }) fundedOn!: string;
  @ApiProperty({
    format: 'date',
    description: 'the last day of the one-year period: the anniversary of fundedOn (民法典 art. 201–202)',
  })
  endsOn!: string;
  @ApiProperty({ type: PilotTargetsDto, description: 'the targets of the plan, as recorded at creation' })
  targets!: PilotTargetsDto;
  @ApiProperty({ example: 'henan-pilot-plan-v1' }) targetsVersion!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

class TargetProgressDto {
  @ApiProperty() required!: number;
  @ApiProperty() actual!: number;
  @ApiProperty() met!: boolean;
  @ApiProperty({
    description:
      'the whole number due by today on a straight line from fundedOn (0) to endsOn (required): floor(required × elapsed share)',
  })
  plannedByToday!: number;
  @ApiProperty({ description: 'not met, and actual below plannedByToday or the period is over' })
  behindPlan!: boolean;
}

class TeamTargetProgressDto extends TargetProgressDto {
  @ApiProperty() minMembers!: number;
}

class ProgressTargetsDto {
  @ApiProperty({ type: TeamTargetProgressDto }) teams!: TeamTargetProgressDto;
  @ApiProperty({ type: TargetProgressDto }) projects!: TargetProgressDto;
  @ApiProperty({ type: TargetProgressDto }) activities!: TargetProgressDto;
  @ApiProperty({ type: TargetProgressDto }) stations!: TargetProgressDto;
}

class BehindDto {
  @ApiProperty({ enum: ['teams', 'projects', 'activities', 'stations'] }) target!: string;
  @ApiProperty() required!: number;
  @ApiProperty() actual!: number;
  @ApiProperty() missing!: number;
}

class BehindPlanDto {
  @ApiProperty({ enum: ['teams', 'projects', 'activities', 'stations'] }) target!: string;
  @ApiProperty() required!: number;
  @ApiProperty() actual!: number;
  @ApiProperty() plannedByToday!: number;
  @ApiProperty({ description: 'plannedByToday − actual: how many to catch up with the plan' }) short!: number;
}

class PilotNeedsDto {
  @ApiProperty({ description: 'needs of the public of the pilot region received' }) received!: number;
  @ApiProperty({ description: 'fulfilled or rated' }) fulfilled!: number;
  @ApiProperty({ description: 'overdue today (3 working days submitted or dispatched)' }) overdue!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'one decimal; null while none is rated' })
  averageRating!: number | null;
}

export class PilotProgressDto {
  @ApiProperty() pilotId!: string;
  @ApiProperty({ enum: PILOT_LEVELS }) level!: PilotLevel;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ format: 'date' }) fundedOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty({ format: 'date', description: 'the business date (Asia/Shanghai) the figures are for' })
  asOf!: string;
  @ApiProperty({ description: 'days from today to endsOn, never below 0' }) daysLeft!: number;
  @ApiProperty({ description: 'true after endsOn' }) ended!: boolean;
  @ApiProperty({ description: 'every target met' }) met!: boolean;
  @ApiProperty({ type: ProgressTargetsDto }) targets!: ProgressTargetsDto;
  @ApiProperty({ type: [BehindDto], description: 'the targets not met yet' }) behind!: BehindDto[];
  @ApiProperty({
    type: [BehindPlanDto],
    description: 'the targets behind the plan by today (a subset of behind): what the dashboard flags',
  })
  behindPlan!: BehindPlanDto[];
  @ApiProperty({ type: PilotNeedsDto, description: 'needs of the public of the pilot region' })
  needs!: PilotNeedsDto;
}
