import { Module } from '@nestjs/common';
import { CertificatePdfRenderer } from '../certificate-document';
import { CertificatePdf } from './certificate-pdf';

/** The certificate's PDF: inject `CertificatePdfRenderer` (or `CertificatePdf`) to render one. */
@Module({
  providers: [CertificatePdf, { provide: CertificatePdfRenderer, useExisting: CertificatePdf }],
  exports: [CertificatePdf, CertificatePdfRenderer],
})
export class CertificatePdfModule {}
