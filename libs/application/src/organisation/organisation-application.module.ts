import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import {
  NeedsReadModel,
  OrganisationReadModel,
  PilotProgressReadModel,
  ProjectionRunner,
} from '@ledger/projections';
import { READ_MODEL_DB } from '../ledger-core.module';
import { CreatePilotHandler } from './create-pilot.handler';
import { CreateProjectHandler } from './create-project.handler';
import { EstablishStationHandler } from './establish-station.handler';
import { ExitTeamHandler } from './exit-team.handler';
import { FormTeamHandler } from './form-team.handler';
import { JoinTeamHandler } from './join-team.handler';
import { OrganisationReferences } from './organisation-references';
import { OrganisationQueries } from './organisation.queries';
import { RecordTeamPlatformRegistrationHandler } from './record-team-platform-registration.handler';
import { ScheduleActivityHandler } from './schedule-activity.handler';
import { UpdateStationChecklistHandler } from './update-station-checklist.handler';

/**
 * Pilots, teams, projects, stations and activities: their command handlers and read-model queries.
 * The core module (global) provides the store, the runner and the read-model database.
 */
@Module({
  providers: [
    {
      provide: OrganisationReadModel,
      // The runner creates the read-model tables; queries are prepared after it.
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new OrganisationReadModel(db),
    },
    {
      provide: PilotProgressReadModel,
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new PilotProgressReadModel(db),
    },
    {
      // The pilot dashboard's needs figures.
      provide: NeedsReadModel,
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new NeedsReadModel(db),
    },
    OrganisationReferences,
    OrganisationQueries,
    CreatePilotHandler,
    FormTeamHandler,
    RecordTeamPlatformRegistrationHandler,
    JoinTeamHandler,
    ExitTeamHandler,
    CreateProjectHandler,
    EstablishStationHandler,
    UpdateStationChecklistHandler,
    ScheduleActivityHandler,
  ],
  exports: [OrganisationQueries],
})
export class OrganisationApplicationModule {}
