export * from './activity.events';
