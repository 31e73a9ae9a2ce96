import { Module } from '@nestjs/common';

/** HTTP for pilots, teams, projects, stations and activities. */
@Module({ controllers: [] })
export class OrganisationApiModule {}
