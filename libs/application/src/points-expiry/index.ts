export * from './points-expiry.service';
export * from './points-expiry-application.module';
