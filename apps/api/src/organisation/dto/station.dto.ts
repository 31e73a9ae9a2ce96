import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ORGANISATION_NAME_MAX_LENGTH, VENUE_TYPES, type VenueType } from '@ledger/domain';
import { IsRegionCode } from '../../http/validators';
import { PILOT_ID } from './team.dto';

export class CreateStationDto {
  @ApiProperty({ example: '中牟县科技馆科技志愿服务站', maxLength: ORGANISATION_NAME_MAX_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(ORGANISATION_NAME_MAX_LENGTH)
  name!: string;

  @ApiProperty({ example: '410122' })
  @IsRegionCode()
  regionCode!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(PILOT_ID, { message: 'pilotId must be a pilot id such as plt-…' })
  pilotId?: string;

  @ApiProperty({ enum: VENUE_TYPES })
  @IsIn(VENUE_TYPES)
  venueType!: VenueType;
}

/** The six musts (有场所、有队伍、有项目、有设施、有制度、有标识), all six required every time. */
export class StationChecklistDto {
  @ApiProperty({ description: '有场所 — a place' }) @IsBoolean() site!: boolean;
  @ApiProperty({ description: '有队伍 — a team' }) @IsBoolean() team!: boolean;
  @ApiProperty({ description: '有项目 — a project' }) @IsBoolean() project!: boolean;
  @ApiProperty({ description: '有设施 — facilities' }) @IsBoolean() facilities!: boolean;
  @ApiProperty({ description: '有制度 — rules' }) @IsBoolean() rules!: boolean;
  @ApiProperty({ description: '有标识 — signage' }) @IsBoolean() signage!: boolean;
}

export class StationDto {
  @ApiProperty({ example: 'stn-c9f0f895fb98ab9159f51fd0' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ nullable: true, type: String }) pilotId!: string | null;
  @ApiProperty({ enum: VENUE_TYPES }) venueType!: string;
  @ApiProperty({ type: StationChecklistDto }) checklist!: StationChecklistDto;
  @ApiProperty({ description: 'all six musts hold: the station counts toward its pilot' })
  meetsSixMusts!: boolean;
  @ApiProperty({ format: 'date-time' }) establishedAt!: string;
  @ApiPropertyOptional({
    description:
      'where the station is, WGS-84 degrees {lat, lng} (PUT /stations/{id}/coordinates); absent until set',
  })
  coordinates?: { lat: number; lng: number };
}
