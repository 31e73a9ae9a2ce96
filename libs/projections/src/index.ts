export * from './projection';
export * from './projection-runner';
export * from './read-model-database';
export * from './rebuild';
export * from './all-projections';
export * from './accounts/accounts.projection';
export * from './accounts/accounts.queries';
