import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
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

  @ApiPropertyOptional({
    default: false,
    description:
      'true when the password is an initial one the administrator hands over: the holder must change it ' +
      'at the first sign-in (until then every call but GET /auth/me and POST /auth/password is 403 ' +
      'PASSWORD_CHANGE_REQUIRED). The console sends true for the accounts it creates.',
  })
  @IsOptional()
  @IsBoolean()
  mustChangePassword?: boolean;
}

export class ResetPasswordDto {
  @ApiPropertyOptional({
    format: 'password',
    minLength: 8,
    maxLength: 256,
    description: 'the new initial password; when absent the ledger generates one and answers it once',
  })
  @IsOptional()
  @IsString()
  @Length(8, 256)
  newPassword?: string;

  @ApiPropertyOptional({ description: 'why (recorded in the event)', maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  reason?: string;
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
  @ApiProperty({ description: 'the holder must change the password an administrator set' })
  mustChangePassword!: boolean;
}

export class PasswordResetDto {
  @ApiProperty({ type: AccountDto }) account!: AccountDto;
  @ApiPropertyOptional({
    description:
      'the generated initial password, present only when none was sent; shown this once, never stored',
  })
  initialPassword?: string;
}
