export * from './event-store';
export * from './errors';
export * from './append-rules';
export * from './canonical-json';
export * from './hash-chain';
export * from './upcasting';
export { InMemoryEventStore } from './in-memory/in-memory-event-store';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store';
export * from './create-event-store';
// Type-only: importing the adapter loads gRPC, which the embedded default never needs.
export type { EsdbEventStore, EsdbEventStoreOptions, EsdbClient } from './esdb/esdb-event-store';
