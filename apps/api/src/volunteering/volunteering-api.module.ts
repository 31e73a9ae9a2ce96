import { Module } from '@nestjs/common';
import { VolunteeringApplicationModule } from '@ledger/application';
import { ServiceRecordsController } from './service-records.controller';
import { VolunteersController } from './volunteers.controller';

/** HTTP for volunteers, trainings, service records, summaries and histories. */
@Module({
  imports: [VolunteeringApplicationModule],
  controllers: [VolunteersController, ServiceRecordsController],
})
export class VolunteeringApiModule {}
