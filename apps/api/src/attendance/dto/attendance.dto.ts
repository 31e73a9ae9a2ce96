import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

/** A point as the phone gives it (WGS-84 degrees). */
export class GeoPointDto {
  @ApiProperty({ minimum: -90, maximum: 90, example: 34.7466 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat!: number;

  @ApiProperty({ minimum: -180, maximum: 180, example: 113.6253 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lng!: number;
}

export class CheckInDto {
  @ApiProperty({
    description:
      "The 6 digits shown on the organiser's screen, or the text of its QR code (or the token in it), as scanned",
    example: '042917',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(512)
  code!: string;

  @ApiPropertyOptional({ type: GeoPointDto, description: 'where the phone is, when it gives a location' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointDto)
  location?: GeoPointDto;
}

export class CheckOutDto {
  @ApiProperty({ description: 'as for check-in: the 6 digits or the QR text', example: '042917' })
  @IsString()
  @MinLength(1)
  @MaxLength(512)
  code!: string;
}

export class AttendanceSessionDto {
  @ApiProperty({ example: 'ats-0f3c9a2b7d41e6c85a90b1d2' }) sessionId!: string;
  @ApiProperty({ description: '6 digits to type; changes every minute', example: '042917' }) code!: string;
  @ApiProperty({
    description:
      'the text to show as a QR code: <LEDGER_PUBLIC_URL>/check-in?code=<token>; changes every minute',
  })
  qr!: string;
  @ApiProperty({
    format: 'date-time',
    description:
      'when the pair changes (fetch GET /attendance/{sessionId}/code then); it is still accepted for one more minute',
  })
  expiresAt!: string;
}

export class CheckInAnswerDto {
  @ApiProperty() attendanceId!: string;
  @ApiProperty() activityId!: string;
  @ApiProperty({ format: 'date-time' }) checkedInAt!: string;
}

export class CheckOutAnswerDto {
  @ApiProperty() attendanceId!: string;
  @ApiProperty({ format: 'date-time' }) checkedOutAt!: string;
  @ApiProperty({
    description: 'the pending service record written, recorded by the account that opened check-in',
  })
  serviceRecordId!: string;
  @ApiProperty() minutes!: number;
}

export class CloseAnswerDto {
  @ApiProperty() sessionId!: string;
  @ApiProperty({ format: 'date-time' }) closedAt!: string;
  @ApiProperty({ description: 'how many volunteers still in were checked out' }) checkedOut!: number;
}

class SignupRefDto {
  @ApiProperty() id!: string;
  @ApiProperty() status!: string;
}

export class AttendanceItemDto {
  @ApiProperty() volunteerId!: string;
  @ApiProperty({ type: SignupRefDto, nullable: true, description: 'the sign-up; null for a walk-in' })
  signup!: SignupRefDto | null;
  @ApiPropertyOptional() attendanceId?: string;
  @ApiPropertyOptional({ format: 'date-time' }) checkedInAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) checkedOutAt?: string;
  @ApiPropertyOptional() minutes?: number;
  @ApiPropertyOptional() serviceRecordId?: string;
  @ApiPropertyOptional({ type: GeoPointDto }) location?: GeoPointDto;
  @ApiPropertyOptional({ description: 'metres from the station (when both are known)' })
  distanceMetres?: number;
  @ApiPropertyOptional({ description: 'checked in over 1 km from the station: flagged, not refused' })
  farFromStation?: boolean;
}

export class AttendanceListDto {
  @ApiProperty({ type: [AttendanceItemDto] }) items!: AttendanceItemDto[];
}

export class StationCoordinatesAnswerDto {
  @ApiProperty() stationId!: string;
  @ApiProperty() lat!: number;
  @ApiProperty() lng!: number;
}
