export * from './webhook.events';
export * from './webhook.decider';
export * from './event-catalogue';
