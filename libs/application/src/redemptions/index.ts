export * from './redemption.commands';
export * from './redemption.views';
export * from './redemption-process';
export * from './redemption-queries';
export * from './redemption-settings';
export * from './redemption-code.handler';
export * from './redemption-code-lookup';
export * from './redemptions-application.module';
