import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageMetaDto } from '../../http/paging';

export class SignupActivityDto {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty() regionCode!: string;
}

export class VolunteerSignupDto {
  @ApiProperty({ example: 'sgn-8f14e45fceea167a5a36dedd' }) id!: string;
  @ApiProperty({ type: SignupActivityDto }) activity!: SignupActivityDto;
  @ApiProperty({ enum: ['pending', 'accepted', 'waitlisted', 'declined', 'withdrawn', 'no-show'] })
  status!: string;
  @ApiProperty({ format: 'date-time' }) signedUpAt!: string;
  @ApiPropertyOptional({ minimum: 1, description: '1-based place in line, waitlisted sign-ups only' })
  waitlistPosition?: number;
}

export class VolunteerSignupPageDto extends PageMetaDto {
  @ApiProperty({ type: [VolunteerSignupDto], description: 'the latest activity first' })
  items!: VolunteerSignupDto[];
}
