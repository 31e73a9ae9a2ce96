import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { ID_TYPES, type IdType, VOLUNTEER_ID_FORMAT } from '@ledger/domain';
import { IsRegionCode } from '../../http/validators';
import { IsIdNumberForType, IsPersonName, IsPhone } from '../volunteering-validators';

export class RegisterVolunteerDto {
  @ApiProperty({ example: '张三', minLength: 1, maxLength: 50 })
  @IsString()
  @IsPersonName()
  name!: string;

  @ApiProperty({ enum: ID_TYPES, example: 'resident-id' })
  @IsIn(ID_TYPES)
  idType!: IdType;

  @ApiProperty({
    example: '11010519491231002X',
    description:
      'resident-id: 18 characters with a valid GB 11643 check digit; passport: 5–20 letters or digits; ' +
      'hk-macao-permit: H/M and 8 or 10 digits; taiwan-permit: 8 or 10 digits; ' +
      'foreign-permanent-resident: 3 letters and 12 digits, or 18 characters starting with 9. Never shown again unmasked.',
  })
  @IsIdNumberForType()
  idNumber!: string;

  @ApiProperty({ example: '13812345678', description: 'a mainland mobile number, or +<country><number>' })
  @IsPhone()
  phone!: string;

  @ApiProperty({ example: '410100', description: 'GB/T 2260 region the volunteer belongs to' })
  @IsRegionCode()
  regionCode!: string;

  @ApiProperty({
    enum: [true],
    description: 'the person consents to the processing of their personal information',
  })
  @Equals(true, { message: 'consent must be true: a volunteer registers only with consent' })
  consent!: true;

  @ApiPropertyOptional({
    example: 'vol-3f5c0a9e1b2d4c6e8f0a1b2c',
    description:
      'the registered, active volunteer who referred this one: it earns the referral bonus (points rules); ' +
      'an unknown referrer is 404, a forgotten one 422 VOLUNTEER_FORGOTTEN, and nothing is registered',
  })
  @IsOptional()
  @IsString()
  @Matches(VOLUNTEER_ID_FORMAT, { message: 'referredByVolunteerId must be a volunteer id' })
  referredByVolunteerId?: string;
}

export class VolunteerDto {
  @ApiProperty({ example: 'vol-3f5c0a9e1b2d4c6e8f0a1b2c' }) id!: string;
  @ApiProperty({ example: '410100-2026-000123' }) volunteerNo!: string;
  @ApiProperty({ example: '张三', description: '"已注销" once the volunteer was forgotten' }) name!: string;
  @ApiProperty({ enum: ID_TYPES, nullable: true }) idType!: string | null;
  @ApiProperty({ example: '1101**********002X', nullable: true, type: String }) idNumberMasked!:
    string | null;
  @ApiProperty({ example: '138****5678', nullable: true, type: String }) phoneMasked!: string | null;
  @ApiProperty({ example: '410100' }) regionCode!: string;
  @ApiProperty({
    enum: ['active', 'exited', 'forgotten'],
    description: '"exited" after POST /volunteers/{id}/exit until it rejoins',
  })
  status!: string;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty() registeredBy!: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) forgottenAt!: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) exitedAt!: string | null;
}
