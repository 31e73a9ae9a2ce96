import { Injectable } from '@nestjs/common';
import { FORGOTTEN_NAME, VolunteerQueries } from '@ledger/application';
import { ProjectionRunner } from '@ledger/projections';

/** What a list knows of a volunteer: where its sealed personal data is, and whether it was forgotten. */
export interface NamedRow {
  readonly volunteer_id: string;
  readonly status: 'active' | 'forgotten';
  readonly personal_data_revision: number;
}

/**
 * What a list shows to tell people apart, and the keyed tag of the phone a search compares (never the
 * phone). Null masked forms and tag once forgotten.
 */
export interface ListedPerson {
  readonly name: string;
  readonly idNumberMasked: string | null;
  readonly phoneMasked: string | null;
  readonly phoneTag: string | null;
}

const FORGOTTEN: ListedPerson = {
  name: FORGOTTEN_NAME,
  idNumberMasked: null,
  phoneMasked: null,
  phoneTag: null,
};

/** Names a process keeps opened at most; past it the cache starts over (a province has about 10⁵). */
const MAX_CACHED = 200_000;
/** Volunteers whose events are read at once when a search opens many names. */
const OPEN_AT_ONCE = 32;

/**
 * Volunteers' names for lists and searches. Names are sealed in the log and never stored in a read
 * model, so each is opened with the volunteer's key (VolunteerQueries), and kept in this process's
 * memory only: a search by name then walks a region without opening every name again. A forgotten
 * volunteer shows as forgotten whatever was kept — the read model's status decides — and its entry
 * is dropped as soon as the forgetting reaches the read models. With the name it keeps the masked ID
 * number and phone (what tells two 张伟 apart) and the keyed tag of the phone, never the phone.
 */
@Injectable()
export class VolunteerNames {
  private readonly opened = new Map<string, { readonly revision: number; readonly person: ListedPerson }>();

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

  /** Names of many volunteers (by id): see peopleOf. */
  async namesOf(rows: readonly NamedRow[]): Promise<Map<string, string>> {
    const people = await this.peopleOf(rows);
    return new Map([...people].map(([id, person]) => [id, person.name]));
  }

  /**
   * Names, masked forms and phone tags of many volunteers (by id). Kept ones are answered at once; the
   * others are opened a few at a time (a search walks a whole region: awaiting every kept one would
   * cost more than the match).
   */
  async peopleOf(rows: readonly NamedRow[]): Promise<Map<string, ListedPerson>> {
    const people = new Map<string, ListedPerson>();
    const missing: NamedRow[] = [];
    for (const row of rows) {
      const kept = this.keptPersonOf(row);
      if (kept === undefined) missing.push(row);
      else people.set(row.volunteer_id, kept);
    }
    for (let i = 0; i < missing.length; i += OPEN_AT_ONCE) {
      const batch = missing.slice(i, i + OPEN_AT_ONCE);
      const opened = await Promise.all(batch.map((row) => this.open(row)));
      batch.forEach((row, j) => people.set(row.volunteer_id, opened[j]));
    }
    return people;
  }

  /** The keyed tag of a phone number as typed (spaces, +86 and all), to compare with peopleOf's. */
  phoneTagOf(phone: string): string {
    return this.volunteers.phoneTagOf(phone);
  }

  /** What to show without opening anything, or undefined when it must be opened. */
  private keptPersonOf(row: NamedRow): ListedPerson | undefined {
    if (row.status !== 'active') {
      this.opened.delete(row.volunteer_id);
      return FORGOTTEN;
    }
    const kept = this.opened.get(row.volunteer_id);
    return kept?.revision === row.personal_data_revision ? kept.person : undefined;
  }

  private async open(row: NamedRow): Promise<ListedPerson> {
    const { view, phoneTag } = await this.volunteers.listedOf(row.volunteer_id);
    if (view.status === 'forgotten') return FORGOTTEN;
    const person: ListedPerson = {
      name: view.name,
      idNumberMasked: view.idNumberMasked,
      phoneMasked: view.phoneMasked,
      phoneTag,
    };
    if (this.opened.size >= MAX_CACHED) this.opened.clear();
    this.opened.set(row.volunteer_id, { revision: row.personal_data_revision, person });
    return person;
  }
}
