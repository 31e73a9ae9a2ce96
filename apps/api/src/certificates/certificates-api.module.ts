import { Module } from '@nestjs/common';
import { CertificatesApplicationModule } from '@ledger/application/certificates';
import { CertificatesController } from './certificates.controller';
import { IssuersController } from './issuers.controller';
import { VerifyController } from './verify.controller';

/** HTTP for issuers and their keys, certificates, revocation lists and public verification. */
@Module({
  imports: [CertificatesApplicationModule],
  controllers: [IssuersController, CertificatesController, VerifyController],
})
export class CertificatesApiModule {}
