import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '@ledger/domain';

export class TokenRequestDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @Length(1, 64)
  username!: string;

  @ApiProperty({ example: 'correct horse battery staple', format: 'password' })
  @IsString()
  @Length(1, 256)
  password!: string;
}

export class TokenResponseDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'seconds until the token expires' }) expiresIn!: number;
}

export class SignedInTokenResponseDto extends TokenResponseDto {
  @ApiProperty({
    description:
      'true while the account still has the initial password an administrator set: every call but ' +
      'GET /auth/me and POST /auth/password answers 403 PASSWORD_CHANGE_REQUIRED until it is changed',
  })
  mustChangePassword!: boolean;
}

export class ChangePasswordDto {
  @ApiProperty({ format: 'password' })
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({
    format: 'password',
    description:
      'at least 8 characters (422 PASSWORD_TOO_SHORT), not the current one (422 PASSWORD_UNCHANGED)',
  })
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  newPassword!: string;
}
