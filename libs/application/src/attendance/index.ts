export * from './attendance-codes';
export * from './attendance.service';
export * from './attendance-application.module';
