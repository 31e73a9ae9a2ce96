import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { TEXT_LIMITS } from '@ledger/domain';
import { IsNotBlank } from '../volunteering-validators';

/** Forgetting, rejecting and voiding each say why. */
export class ReasonDto {
  @ApiProperty({ example: '重复登记', maxLength: TEXT_LIMITS.reason })
  @IsString()
  @IsNotBlank()
  @MaxLength(TEXT_LIMITS.reason)
  reason!: string;
}
