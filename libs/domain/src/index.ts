export * from './decider';
export * from './errors';
export * from './regions/region-code';
export * from './accounts/account-id';
export * from './accounts/account.commands';
export * from './accounts/account.events';
export * from './accounts/account.decider';
