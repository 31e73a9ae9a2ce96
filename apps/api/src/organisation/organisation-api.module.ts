import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { OrganisationApplicationModule, READ_MODEL_DB } from '@ledger/application';
import { OrganisationReadModel, ProjectionRunner } from '@ledger/projections';
import { ActivitiesController } from './activities.controller';
import { OrganisationLists } from './organisation-lists';
import { PilotsController } from './pilots.controller';
import { ProjectsController } from './projects.controller';
import { StationsController } from './stations.controller';
import { TeamsController } from './teams.controller';

/** HTTP for pilots, teams, projects, stations and activities. */
@Module({
  imports: [OrganisationApplicationModule],
  controllers: [
    PilotsController,
    TeamsController,
    ProjectsController,
    StationsController,
    ActivitiesController,
  ],
  providers: [
    {
      provide: OrganisationReadModel,
      // The runner creates the read-model tables; queries are prepared after it.
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new OrganisationReadModel(db),
    },
    OrganisationLists,
  ],
})
export class OrganisationApiModule {}
