export * from './service-record.events';
