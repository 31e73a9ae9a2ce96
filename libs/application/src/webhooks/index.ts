export * from './webhook-url-policy';
export * from './webhook-outbox';
export * from './webhook-dispatcher';
export * from './webhooks.service';
export * from './webhooks-application.module';
