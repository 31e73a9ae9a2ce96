import { Injectable } from '@nestjs/common';
import { FORGOTTEN_NAME, VolunteerQueries } from '@ledger/application';
import { ProjectionRunner } from '@ledger/projections';

/** What a list knows of a volunteer: where its sealed personal data is, and whether it was forgotten. */
export interface NamedRow {
  readonly volunteer_id: string;
  readonly status: 'active' | 'forgotten';
  readonly personal_data_revision: number;
}

/** Names a process keeps opened at most; past it the cache starts over (a province has about 10⁵). */
const MAX_CACHED = 200_000;
/** Volunteers whose events are read at once when a search opens many names. */
const OPEN_AT_ONCE = 32;

/**
 * Volunteers' names for lists and searches. Names are sealed in the log and never stored in a read
 * model, so each is opened with the volunteer's key (VolunteerQueries), and kept in this process's
 * memory only: a search by name then walks a region without opening every name again. A forgotten
 * volunteer shows as forgotten whatever was kept — the read model's status decides — and its entry
 * is dropped as soon as the forgetting reaches the read models.
 */
@Injectable()
export class VolunteerNames {
  private readonly opened = new Map<string, { readonly revision: number; readonly name: string }>();

  constructor(
    private readonly volunteers: VolunteerQueries,
    runner: ProjectionRunner,
  ) {
    runner.onBatch((events) => {
      for (const event of events) {
        if (event.type === 'VolunteerForgotten') {
          this.opened.delete((event.data as { volunteerId: string }).volunteerId);
        }
      }
    });
  }

  /**
   * Names of many volunteers (by id). Kept names are answered at once; the others are opened a few
   * at a time (a search walks a whole region: awaiting every kept name would cost more than the match).
   */
  async namesOf(rows: readonly NamedRow[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    const missing: NamedRow[] = [];
    for (const row of rows) {
      const kept = this.keptNameOf(row);
      if (kept === undefined) missing.push(row);
      else names.set(row.volunteer_id, kept);
    }
    for (let i = 0; i < missing.length; i += OPEN_AT_ONCE) {
      const batch = missing.slice(i, i + OPEN_AT_ONCE);
      const opened = await Promise.all(batch.map((row) => this.open(row)));
      batch.forEach((row, j) => names.set(row.volunteer_id, opened[j]));
    }
    return names;
  }

  /** The name to show without opening anything, or undefined when it must be opened. */
  private keptNameOf(row: NamedRow): string | undefined {
    if (row.status !== 'active') {
      this.opened.delete(row.volunteer_id);
      return FORGOTTEN_NAME;
    }
    const kept = this.opened.get(row.volunteer_id);
    return kept?.revision === row.personal_data_revision ? kept.name : undefined;
  }

  private async open(row: NamedRow): Promise<string> {
    const { name, status } = await this.volunteers.volunteerOf(row.volunteer_id);
    if (status !== 'active') return FORGOTTEN_NAME;
    if (this.opened.size >= MAX_CACHED) this.opened.clear();
    this.opened.set(row.volunteer_id, { revision: row.personal_data_revision, name });
    return name;
  }
}
