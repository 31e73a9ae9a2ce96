import { Module } from '@nestjs/common';
import { CertificatesApplicationModule } from '@ledger/application/certificates';
import { CertificatePdfModule } from '@ledger/application/certificates/pdf';
import { CertificatePdfController } from './certificate-pdf.controller';

/** `GET /certificates/{id}/pdf`: the certificate rendered by the PDF module. */
@Module({
  imports: [CertificatesApplicationModule, CertificatePdfModule],
  controllers: [CertificatePdfController],
})
export class CertificatePdfApiModule {}
