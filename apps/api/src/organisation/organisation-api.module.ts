import { Module } from '@nestjs/common';
import { OrganisationApplicationModule } from '@ledger/application';
import { ActivitiesController } from './activities.controller';
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
})
export class OrganisationApiModule {}
