export * from './recruitment';
export * from './signup.events';
export * from './signup.commands';
export * from './signup.decider';
export * from './signup-ids';
