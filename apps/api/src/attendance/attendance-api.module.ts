import { Module } from '@nestjs/common';
import { AttendanceApplicationModule } from '@ledger/application';
import { AuthModule } from '../auth/auth.module';
import {
  ActivityAttendanceController,
  AttendanceSessionsController,
  CheckInsController,
  StationCoordinatesController,
} from './attendance.controller';

/** On-site check-in and check-out over HTTP, and station coordinates. */
@Module({
  // AuthModule: the limit on wrong check-in codes (RateLimits).
  imports: [AttendanceApplicationModule, AuthModule],
  controllers: [
    ActivityAttendanceController,
    AttendanceSessionsController,
    CheckInsController,
    StationCoordinatesController,
  ],
})
export class AttendanceApiModule {}
