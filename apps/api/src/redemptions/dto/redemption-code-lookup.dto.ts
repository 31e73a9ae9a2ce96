import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class RedemptionCodeLookupDto {
  @ApiProperty({ description: 'the one-time code the volunteer shows', example: '4831920571938264' })
  @IsString()
  @MaxLength(64)
  code!: string;

  @ApiPropertyOptional({
    description: 'the venue whose benefits to check: required of an administrator; a partner account’s own',
    example: 'ptn-1f0e3dad99908345f7439f8f',
  })
  @IsOptional()
  @IsString()
  @Matches(/^ptn-[0-9a-f]{24}$/, { message: 'partnerId must be a partner id such as ptn-…' })
  partnerId?: string;
}

export class CodeLookupVolunteerDto {
  @ApiProperty({ example: 'vol-3f1c0a9e8b7d6c5b4a392817' }) volunteerId!: string;
  @ApiProperty({ example: '410122-2026-000042' }) volunteerNo!: string;
  @ApiProperty({ example: '张*明', description: 'first and last character; the rest masked' })
  nameMasked!: string;
  @ApiProperty({ minimum: 0, maximum: 5, description: 'the awarded star level' }) starLevel!: number;
}

export class CodeLookupBenefitDto {
  @ApiProperty() benefitId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() pointsCost!: number;
  @ApiProperty() stockLeft!: number;
  @ApiProperty({ description: 'a redemption of it would be accepted now' }) eligible!: boolean;
  @ApiPropertyOptional({
    description:
      'the error code a redemption would be refused with: INSUFFICIENT_POINTS, STAR_LEVEL_TOO_LOW, ' +
      'OUT_OF_STOCK, LIMIT_REACHED, BENEFIT_NOT_AVAILABLE',
    example: 'INSUFFICIENT_POINTS',
  })
  reason?: string;
}

export class RedemptionCodeLookupResultDto {
  @ApiProperty({ type: CodeLookupVolunteerDto }) volunteer!: CodeLookupVolunteerDto;
  @ApiProperty({ description: 'points the volunteer can spend today' }) pointsAvailable!: number;
  @ApiProperty({ format: 'date-time', description: 'the code works until then, once' })
  codeExpiresAt!: string;
  @ApiProperty({ type: [CodeLookupBenefitDto], description: 'the venue’s benefits on offer today, by title' })
  benefits!: CodeLookupBenefitDto[];
}
