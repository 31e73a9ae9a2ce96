import { Module } from '@nestjs/common';

/**
 * Volunteers (with their encrypted personal data), trainings, service records, summaries and
 * histories: their command handlers and read-model queries.
 */
@Module({ providers: [], exports: [] })
export class VolunteeringApplicationModule {}
