export * from './notification-inbox';
export * from './notifications-application.module';
