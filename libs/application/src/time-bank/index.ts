export * from './time-bank.commands';
export * from './time-bank.views';
export * from './time-bank-ids';
export * from './time-bank-transfer-steps';
export * from './time-bank-transfer-recovery';
export * from './link-family-member.handler';
export * from './time-bank-application.module';
