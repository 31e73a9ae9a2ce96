import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { LEDGER_CONFIG, type LedgerConfig } from '@ledger/application';
import { AccessTokens } from './access-tokens';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { resolveJwtSecret } from './jwt-secret';
import { RateLimits } from './rate-limits';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [LEDGER_CONFIG],
      useFactory: (config: LedgerConfig) => ({
        // A KeyObject, not the string: jsonwebtoken otherwise first tries the string as a public key
        // on every signature it checks (≈ 0.6 ms each here, against 8 µs).
        secret: createSecretKey(Buffer.from(resolveJwtSecret(config), 'utf8')),
        signOptions: { algorithm: 'HS256', issuer: 'volunteer-ledger' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'volunteer-ledger' },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AccessTokens, RateLimits, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AccessTokens, RateLimits],
})
export class AuthModule {}
