export * from './incentive.events';
export * from './incentive.commands';
export * from './incentive-ledger';
export * from './incentive.rules';
export * from './incentive.decisions';
export * from './points-rules';
export * from './time-bank-rules';
