/**
 * A business rule refused the command. `code` is the stable UPPER_SNAKE name clients see
 * (API.md); the HTTP layer answers 422 unless the code is one of the generic kinds below.
 */
export class RuleViolation extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'RuleViolation';
  }
}

/** The command names something that does not exist (HTTP 404). */
export class NotFound extends RuleViolation {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} does not exist`, { what, id });
    this.name = 'NotFound';
  }
}

/** The command would create a duplicate (HTTP 409). */
export class AlreadyExists extends RuleViolation {
  constructor(what: string, id: string) {
    super('CONFLICT', `${what} ${id} already exists`, { what, id });
    this.name = 'AlreadyExists';
  }
}

export interface InvalidField {
  readonly field: string;
  readonly message: string;
}

/** Input the domain itself found malformed (HTTP 400 VALIDATION_FAILED, naming each field). */
export class ValidationFailed extends RuleViolation {
  constructor(readonly errors: readonly InvalidField[]) {
    super('VALIDATION_FAILED', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
    this.name = 'ValidationFailed';
  }
}
