import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@ledger/domain';

/** Who the token's account is: what the console needs after sign-in to choose its views. */
export class MeDto {
  @ApiProperty({ example: 'acc-0f3c2a1b9e8d7c6b5a4f3e2d' }) accountId!: string;
  @ApiProperty({ example: 'zhongmu.admin' }) username!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ example: '410122', description: 'the region (GB/T 2260) the account acts in' })
  regionCode!: string;
  @ApiPropertyOptional({ description: 'present for partner accounts: the venue they act for' })
  partnerId?: string;
  @ApiPropertyOptional({ description: 'present for volunteer accounts: the volunteer they are' })
  volunteerId?: string;
  @ApiProperty({
    description: 'true until the account replaces the initial password an administrator set',
  })
  mustChangePassword!: boolean;
}
