export * from './inbox.events';
export * from './inbox.decider';
export * from './notification-kinds';
export * from './inbox-reminders';
