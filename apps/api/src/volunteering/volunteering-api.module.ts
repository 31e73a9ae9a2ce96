import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { READ_MODEL_DB, StarsApplicationModule, VolunteeringApplicationModule } from '@ledger/application';
import { FamilyLinksReadModel, ProjectionRunner } from '@ledger/projections';
import { ServiceRecordsController } from './service-records.controller';
import { VolunteerLists } from './volunteer-lists';
import { VolunteerNames } from './volunteer-names';
import { VolunteerExitController } from './volunteer-exit.controller';
import { VolunteersController } from './volunteers.controller';

/** HTTP for volunteers, trainings, service records, summaries, histories and their lists. */
@Module({
  imports: [VolunteeringApplicationModule, StarsApplicationModule],
  controllers: [VolunteersController, VolunteerExitController, ServiceRecordsController],
  providers: [
    {
      provide: FamilyLinksReadModel,
      // The runner creates the read-model tables; queries are prepared after it.
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new FamilyLinksReadModel(db),
    },
    VolunteerNames,
    VolunteerLists,
  ],
  exports: [VolunteerNames],
})
export class VolunteeringApiModule {}
