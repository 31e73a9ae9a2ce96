export * from './attendance.events';
export * from './attendance.commands';
export * from './attendance.decider';
export * from './attendance-ids';
export * from './geo';
