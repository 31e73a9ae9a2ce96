import { join } from 'node:path';
import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import {
  PointsLotsReadModel,
  ProjectionRunner,
  ServiceRecordsReadModel,
  VolunteerHoursReadModel,
  VolunteerIncentivesReadModel,
  VolunteersReadModel,
} from '@ledger/projections';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { READ_MODEL_DB } from '../ledger-core.module';
import { ActivityDirectory } from './activity-directory';
import {
  ConfirmServiceHandler,
  CorrectServiceHandler,
  RejectServiceHandler,
  VoidServiceHandler,
} from './change-service-record.handlers';
import { ExitVolunteerHandler, RejoinVolunteerHandler } from './exit-volunteer.handler';
import { ForgetVolunteerHandler } from './forget-volunteer.handler';
import { PersonalDataVault } from './personal-data/personal-data-vault';
import {
  KEY_STORE_FILE,
  SqliteVolunteerKeyStore,
  VolunteerKeyStore,
} from './personal-data/volunteer-key-store';
import { RecordCommendationHandler } from './record-commendation.handler';
import { RecordEvaluationHandler } from './record-evaluation.handler';
import { RecordServiceHandler } from './record-service.handler';
import { RecordServicesInBulkHandler } from './record-services-in-bulk.handler';
import { RecordTrainingHandler } from './record-training.handler';
import { RegisterVolunteerHandler } from './register-volunteer.handler';
import { ServiceRecordChanges } from './service-record-changes';
import { ServiceRecordQueries } from './service-record-queries';
import { VolunteerNumbers } from './volunteer-numbers';
import { VolunteerQueries } from './volunteer-queries';

/** Read models are prepared after the runner, which creates their tables. */
const readModel = <T>(type: new (db: Database.Database) => T) => ({
  provide: type,
  inject: [READ_MODEL_DB, ProjectionRunner],
  useFactory: (db: Database.Database) => new type(db),
});

/** The keys live in the data dir beside the log, never inside it. */
const keyStore = {
  provide: VolunteerKeyStore,
  inject: [LEDGER_CONFIG],
  useFactory: (config: LedgerConfig): VolunteerKeyStore =>
    SqliteVolunteerKeyStore.open(join(config.dataDir, KEY_STORE_FILE)),
};

/**
 * Volunteers (with their encrypted personal data), trainings, service records, summaries and
 * histories: their command handlers and read-model queries.
 */
@Module({
  providers: [
    keyStore,
    PersonalDataVault,
    readModel(VolunteersReadModel),
    readModel(ServiceRecordsReadModel),
    readModel(VolunteerHoursReadModel),
    readModel(VolunteerIncentivesReadModel),
    // The points-expiry module has its own; this one answers the summary's "expiring" only.
    readModel(PointsLotsReadModel),
    ActivityDirectory,
    VolunteerNumbers,
    VolunteerQueries,
    ServiceRecordQueries,
    ServiceRecordChanges,
    RegisterVolunteerHandler,
    ForgetVolunteerHandler,
    ExitVolunteerHandler,
    RejoinVolunteerHandler,
    RecordTrainingHandler,
    RecordCommendationHandler,
    RecordEvaluationHandler,
    RecordServiceHandler,
    RecordServicesInBulkHandler,
    ConfirmServiceHandler,
    RejectServiceHandler,
    VoidServiceHandler,
    CorrectServiceHandler,
  ],
  exports: [
    VolunteerKeyStore,
    PersonalDataVault,
    VolunteersReadModel,
    ServiceRecordsReadModel,
    VolunteerHoursReadModel,
    VolunteerIncentivesReadModel,
    VolunteerQueries,
    ServiceRecordQueries,
  ],
})
export class VolunteeringApplicationModule {}
