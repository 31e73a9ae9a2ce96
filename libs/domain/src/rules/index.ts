export * from './campaign-calendar';
export * from './pilot-targets';
