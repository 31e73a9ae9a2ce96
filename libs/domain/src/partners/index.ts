export * from './partner.events';
export * from './partner.commands';
export * from './partner.decider';
export * from './benefit.decider';
export * from './redemption.events';
export * from './redemption.commands';
export * from './redemption.decider';
export * from './redemption-code.decider';
