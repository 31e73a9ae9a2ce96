import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ROLES, type Role, USERNAME_PATTERN } from '@ledger/domain';
import { IsRegionCode } from '../../http/validators';

export class CreateAccountDto {
  @ApiProperty({
    example: 'zhengzhou.admin',
    description: '3–64 letters, digits or . _ @ -; case-insensitive',
  })
  @IsString()
  @Matches(USERNAME_PATTERN, { message: 'username must be 3–64 letters, digits or . _ @ -' })
  username!: string;

  @ApiProperty({ format: 'password', minLength: 8, maxLength: 256 })
  @IsString()
  @Length(8, 256)
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty({ example: '410100', description: 'GB/T 2260 region code the account acts in' })
  @IsRegionCode()
  regionCode!: string;

  @ApiPropertyOptional({ description: 'required for role partner' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  partnerId?: string;

  @ApiPropertyOptional({ description: 'required for role volunteer' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  volunteerId?: string;
}

export class AccountDto {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ nullable: true, type: String }) partnerId!: string | null;
  @ApiProperty({ nullable: true, type: String }) volunteerId!: string | null;
  @ApiProperty({ enum: ['active', 'disabled'] }) status!: 'active' | 'disabled';
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
}
