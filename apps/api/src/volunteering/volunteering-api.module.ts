import { Module } from '@nestjs/common';

/** HTTP for volunteers, trainings, service records, summaries and histories. */
@Module({ controllers: [] })
export class VolunteeringApiModule {}
