import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { READ_MODEL_DB, VolunteeringApplicationModule } from '@ledger/application';
import { CertificatesApplicationModule } from '@ledger/application/certificates';
import { ProjectionRunner } from '@ledger/projections';
import { CertificatesReadModel } from '@ledger/projections/certificates';
import { CertificateList } from './certificate-list';
import { CertificatesController } from './certificates.controller';
import { IssuersController } from './issuers.controller';
import { VerifyController } from './verify.controller';

/** HTTP for issuers and their keys, certificates, revocation lists and public verification. */
@Module({
  imports: [CertificatesApplicationModule, VolunteeringApplicationModule],
  controllers: [IssuersController, CertificatesController, VerifyController],
  providers: [
    {
      // Prepared after the runner, which creates its tables.
      provide: CertificatesReadModel,
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new CertificatesReadModel(db),
    },
    CertificateList,
  ],
})
export class CertificatesApiModule {}
