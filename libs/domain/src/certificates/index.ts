export * from './certificate.events';
export * from './certificate.commands';
export * from './certificate.deciders';
