export * from './notification-inbox';
export * from './notifications-application.module';
export * from './inbox-reminder-sweep';
