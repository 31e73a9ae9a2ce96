import { Module } from '@nestjs/common';

/**
 * Pilots, teams, projects, stations and activities: their command handlers and read-model queries.
 * The core module (global) provides the store, the runner and the read-model database.
 */
@Module({ providers: [], exports: [] })
export class OrganisationApplicationModule {}
