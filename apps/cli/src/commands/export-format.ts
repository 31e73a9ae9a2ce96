import type { RecordedEvent } from '@ledger/event-store';

/**
 * The export file: NDJSON, one JSON object a line. A header line, every event in global order, and
 * a trailer with the count, so that a truncated file is noticed on import.
 */
export const EXPORT_FORMAT = 'volunteer-ledger-export';
export const EXPORT_VERSION = 1;

export interface ExportHeader {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: number;
  readonly exportedAt: string;
  readonly store: string;
  readonly headPosition: number;
}

export interface ExportTrailer {
  readonly end: true;
  readonly events: number;
}

export type ExportedEvent = RecordedEvent;
