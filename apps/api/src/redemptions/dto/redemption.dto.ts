import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { REDEMPTION_REASON_MAX_LENGTH } from '@ledger/domain';

export class CreateRedemptionDto {
  @ApiProperty({ example: 'ben-8f14e45fceea167a5a36dedd' })
  @IsString()
  @Matches(/^ben-[0-9a-f]{24}$/, { message: 'benefitId must be a benefit id such as ben-…' })
  benefitId!: string;

  @ApiPropertyOptional({ description: 'an administrator names the volunteer it redeems for' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  volunteerId?: string;

  @ApiPropertyOptional({
    description: 'a partner presents the one-time code the volunteer shows',
    example: '4831920571938264',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  volunteerCode?: string;
}

export class VoidRedemptionDto {
  @ApiProperty({ example: '顾客取消', maxLength: REDEMPTION_REASON_MAX_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(REDEMPTION_REASON_MAX_LENGTH)
  reason!: string;
}

export class RedemptionDto {
  @ApiProperty({ example: 'red-c4ca4238a0b923820dcc509a' }) id!: string;
  @ApiProperty({ enum: ['requested', 'held', 'failed', 'captured', 'voided', 'expired'] }) status!: string;
  @ApiProperty() benefitId!: string;
  @ApiProperty() partnerId!: string;
  @ApiProperty() volunteerId!: string;
  @ApiProperty({ description: 'points held, then spent on capture' }) points!: number;
  @ApiProperty({ enum: ['volunteer', 'partner-code', 'administrator'] }) via!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'an uncaptured hold lapses then' }) expiresAt!: string;
}

export class RedemptionListDto {
  @ApiProperty({ type: [RedemptionDto] }) items!: RedemptionDto[];
}

export class RedemptionCodeDto {
  @ApiProperty({ example: '4831920571938264', description: 'show it once, as a QR code or digits' })
  code!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}
