export * from './need-ids';
export * from './need-overdue';
export * from './need.commands';
export * from './need.decider';
export * from './need.events';
