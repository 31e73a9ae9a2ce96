import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { OrganisationApplicationModule, READ_MODEL_DB } from '@ledger/application';
import { OrganisationReadModel, ProjectionRunner, TeamMembersReadModel } from '@ledger/projections';
import { VolunteeringApiModule } from '../volunteering/volunteering-api.module';
import { ActivitiesController } from './activities.controller';
import { OrganisationLists } from './organisation-lists';
import { PilotsController } from './pilots.controller';
import { ProjectsController } from './projects.controller';
import { StationsController } from './stations.controller';
import { TeamMembersList } from './team-members-list';
import { TeamsController } from './teams.controller';

/** HTTP for pilots, teams, projects, stations and activities. */
@Module({
  // The volunteers' module lends its names cache: a team's members are listed by name.
  imports: [OrganisationApplicationModule, VolunteeringApiModule],
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
    {
      provide: TeamMembersReadModel,
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new TeamMembersReadModel(db),
    },
    OrganisationLists,
    TeamMembersList,
  ],
})
export class OrganisationApiModule {}
