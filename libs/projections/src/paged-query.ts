import type Database from 'better-sqlite3';

/** Which rows of a list to return: `limit` rows after skipping `offset`. */
export interface Paging {
  readonly limit: number;
  readonly offset: number;
}

/** One page of rows and how many rows match on all pages. */
export interface PagedRows<T> {
  readonly rows: T[];
  readonly total: number;
}

/** A WHERE term with its named parameters; `undefined` (a filter not given) adds nothing. */
export interface Condition {
  readonly sql: string;
  readonly params?: Record<string, unknown>;
}

/** `[from, to)` on a column: the region-subtree test on an indexed code (see `regionCodeRange`). */
export const inRange = (column: string, name: string, range: { from: string; to: string }): Condition => ({
  sql: `(${column} >= @${name}From AND ${column} < @${name}To)`,
  params: { [`${name}From`]: range.from, [`${name}To`]: range.to },
});

/** A case-insensitive substring test (ASCII letters fold; Chinese has no case). */
export const contains = (column: string, name: string, text: string): Condition => ({
  sql: `instr(lower(${column}), lower(@${name})) > 0`,
  params: { [name]: text },
});

/**
 * A filtered, ordered, paged SELECT over read-model tables. Each list sends only the filters it was
 * given, so the WHERE clause is built per combination; the statements for a combination are
 * prepared once and kept (a list has a handful of filters, so a handful of combinations).
 * `total` and the page are read in the same synchronous call: no event lands between them.
 */
export class PagedQuery<T> {
  private readonly prepared = new Map<
    string,
    {
      readonly page: Database.Statement<[object], T>;
      readonly count: Database.Statement<[object], { n: number }>;
    }
  >();

  constructor(
    private readonly db: Database.Database,
    private readonly shape: {
      /** `SELECT …` columns. */
      readonly select: string;
      /** `FROM …` with any joins. */
      readonly from: string;
      /** `ORDER BY …`: must end in a unique column, so the order is total and pages never overlap. */
      readonly orderBy: string;
    },
  ) {}

  run(
    conditions: readonly (Condition | undefined)[],
    paging: Paging,
    orderBy = this.shape.orderBy,
  ): PagedRows<T> {
    const given = conditions.filter((c): c is Condition => c !== undefined);
    const where = given.length ? `WHERE ${given.map((c) => c.sql).join(' AND ')}` : '';
    const params = Object.assign({}, ...given.map((c) => c.params ?? {})) as Record<string, unknown>;
    const statements = this.statementsFor(where, orderBy);
    const total = statements.count.get(params)?.n ?? 0;
    const rows = statements.page.all({ ...params, limit: paging.limit, offset: paging.offset });
    return { rows, total };
  }

  private statementsFor(where: string, orderBy: string) {
    const key = `${where}\u0000${orderBy}`;
    let statements = this.prepared.get(key);
    if (!statements) {
      const { select, from } = this.shape;
      statements = {
        page: this.db.prepare(
          `SELECT ${select} FROM ${from} ${where} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`,
        ),
        count: this.db.prepare(`SELECT count(*) AS n FROM ${from} ${where}`),
      };
      this.prepared.set(key, statements);
    }
    return statements;
  }
}
