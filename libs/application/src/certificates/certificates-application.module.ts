import { join } from 'node:path';
import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { ProjectionRunner } from '@ledger/projections';
import { CertificatesReadModel } from '@ledger/projections/certificates';
import { READ_MODEL_DB } from '../ledger-core.module';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { VolunteeringApplicationModule } from '../volunteering/volunteering-application.module';
import { CertificatesService } from './certificates.service';
import { ISSUER_KEY_STORE_FILE, IssuerKeyStore } from './issuer-key-store';
import { IssuersService } from './issuers.service';

/** The issuers' signing keys live in the data dir beside the log, never inside it. */
const issuerKeyStore = {
  provide: IssuerKeyStore,
  inject: [LEDGER_CONFIG],
  useFactory: (config: LedgerConfig): IssuerKeyStore =>
    IssuerKeyStore.open(join(config.dataDir, ISSUER_KEY_STORE_FILE)),
};

/** Read models are prepared after the runner, which creates their tables. */
const certificatesReadModel = {
  provide: CertificatesReadModel,
  inject: [READ_MODEL_DB, ProjectionRunner],
  useFactory: (db: Database.Database) => new CertificatesReadModel(db),
};

/** Issuing organisations with their keys, and the certificates they issue, revoke and verify. */
@Module({
  imports: [VolunteeringApplicationModule],
  providers: [issuerKeyStore, certificatesReadModel, IssuersService, CertificatesService],
  exports: [IssuerKeyStore, IssuersService, CertificatesService],
})
export class CertificatesApplicationModule {}
