/**
 * The shape of every aggregate: a pure function pair over plain data. No Nest, no I/O, no clock:
 * the time, the ids and the actor come in with the command.
 */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

export interface Command<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: CommandMetadata;
}

export interface Actor {
  readonly accountId: string;
  readonly role: Role;
  readonly regionCode: string;
  /** Set for partner-venue staff: the partner they act for. */
  readonly partnerId?: string;
  /** Set for volunteer accounts: the volunteer they are. */
  readonly volunteerId?: string;
}

export const ROLES = ['admin', 'organiser', 'partner', 'volunteer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** The system itself (first-start bootstrap, scheduled jobs) acts under this actor. */
export const SYSTEM_ACTOR: Actor = { accountId: 'system', role: 'admin', regionCode: '000000' };

export interface CommandMetadata {
  readonly commandId: string;
  /** ISO-8601 instant the command was received. */
  readonly now: string;
  readonly actor: Actor;
}

export interface Decider<State, Cmd extends Command, Event extends DomainEvent> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  decide(command: Cmd, state: State): readonly Event[];
}

export const fold = <State, Event extends DomainEvent>(
  decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
  events: Iterable<Event>,
): State => {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
};

/** A compile-time check that a switch handled every case. */
export function unreachable(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
