import { Module } from '@nestjs/common';
import { AttendanceApplicationModule } from '@ledger/application';
import {
  ActivityAttendanceController,
  AttendanceSessionsController,
  CheckInsController,
  StationCoordinatesController,
} from './attendance.controller';

/** On-site check-in and check-out over HTTP, and station coordinates. */
@Module({
  imports: [AttendanceApplicationModule],
  controllers: [
    ActivityAttendanceController,
    AttendanceSessionsController,
    CheckInsController,
    StationCoordinatesController,
  ],
})
export class AttendanceApiModule {}
