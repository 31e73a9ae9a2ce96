/** The only place the application reads the wall clock; tests pass their own. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until told otherwise: for tests and demos that need a known "now". */
export class ManualClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}

/**
 * A clock that starts at a given instant and then runs at real speed (LEDGER_CLOCK_START): for a
 * demonstration or training ledger that must show the same dates whatever the day, and for tests
 * that run the real server as a process. Business dates (notice periods, expiry, the pilot's plan)
 * follow it; nothing else does.
 */
export class StartedClock extends Clock {
  private readonly offset: number;

  constructor(start: Date, realNow: number = Date.now()) {
    super();
    this.offset = start.getTime() - realNow;
  }

  now(): Date {
    return new Date(Date.now() + this.offset);
  }
}
