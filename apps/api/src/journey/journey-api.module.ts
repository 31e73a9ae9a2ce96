import { Module } from '@nestjs/common';
import { JourneyApplicationModule } from '@ledger/application';
import { ActivityRecruitmentController, SignupsController } from './journey.controller';
import { NoShowSweeper } from './no-show-sweeper';
import { VolunteerSignupsController } from './volunteer-signups.controller';

/** Recruitment, sign-ups and the scheduled no-show sweep over HTTP. */
@Module({
  imports: [JourneyApplicationModule],
  controllers: [ActivityRecruitmentController, SignupsController, VolunteerSignupsController],
  providers: [NoShowSweeper],
})
export class JourneyApiModule {}
