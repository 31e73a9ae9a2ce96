import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { Command, Decider, DomainEvent } from '@ledger/domain';
import {
  EVENT_STORE,
  type EventStore,
  type JsonObject,
  type NewEvent,
  type RecordedEvent,
  UpcasterChain,
  WrongExpectedRevisionError,
} from '@ledger/event-store';
import type { CommandContext } from './command-context';
import { ConcurrencyConflict } from './concurrency-conflict';
import { eventIdFor } from './ids';
import { ReadModelBarrier } from './read-model-barrier';

export interface HandleOptions {
  /** The revision the client saw (If-Match). Without it, a concurrent write is retried on the fresh state. */
  readonly expectedRevision?: number;
  /** The rule set version the decision applied; recorded in every event's metadata. */
  readonly ruleVersion?: string;
}

export interface HandleResult<State, Event extends DomainEvent> {
  readonly state: State;
  /** The events this command produced (empty when it changed nothing or was handled before). */
  readonly events: readonly Event[];
  /** The stream's revision after the command: the resource's ETag. */
  readonly revision: number;
  readonly position: number;
  /** True when the same command id had already been applied: nothing new was written. */
  readonly alreadyHandled: boolean;
}

export interface LoadedStream<State> {
  readonly state: State;
  readonly revision: number;
  readonly events: readonly RecordedEvent[];
}

const MAX_ATTEMPTS = 8;

/**
 * Load → fold → decide → append with the revision read. Written once for every aggregate.
 * Event ids derive from the command id, so a retried command appends nothing twice; a command
 * already applied is recognised by its id in the stream and answered with the state it left.
 */
@Injectable()
export class DeciderRunner {
  private readonly logger = new Logger(DeciderRunner.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly barrier: ReadModelBarrier,
    @Optional() private readonly upcasters: UpcasterChain = new UpcasterChain(),
  ) {}

  async load<State, Event extends DomainEvent>(
    decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
    stream: string,
  ): Promise<LoadedStream<State>> {
    let state = decider.initialState();
    let revision = -1;
    const events: RecordedEvent[] = [];
    for await (const raw of this.store.readStream(stream)) {
      const event = this.upcasters.upcast(raw);
      state = decider.evolve(state, event as unknown as Event);
      revision = event.revision;
      events.push(event);
    }
    return { state, revision, events };
  }

  async handle<State, Cmd extends Command, Event extends DomainEvent>(
    decider: Decider<State, Cmd, Event>,
    stream: string,
    command: Cmd,
    context: CommandContext,
    options: HandleOptions = {},
  ): Promise<HandleResult<State, Event>> {
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.load(decider, stream);
      const earlier = loaded.events.filter((e) => e.metadata.commandId === context.commandId);
      if (earlier.length > 0) {
        return {
          state: loaded.state,
          events: earlier as unknown as Event[],
          revision: loaded.revision,
          position: earlier[earlier.length - 1].position,
          alreadyHandled: true,
        };
      }
      if (options.expectedRevision !== undefined && options.expectedRevision !== loaded.revision) {
        throw new ConcurrencyConflict(stream, options.expectedRevision, loaded.revision);
      }
      const decided = decider.decide(command, loaded.state);
      if (decided.length === 0) {
        return {
          state: loaded.state,
          events: [],
          revision: loaded.revision,
          position: 0,
          alreadyHandled: false,
        };
      }
      try {
        const result = await this.store.append(stream, this.toNewEvents(decided, stream, context, options), {
          expectedRevision: loaded.revision === -1 ? 'no_stream' : loaded.revision,
        });
        await this.barrier.waitFor(result.position);
        return {
          state: decided.reduce(decider.evolve, loaded.state),
          events: decided,
          revision: result.nextExpectedRevision,
          position: result.position,
          alreadyHandled: result.alreadyAppended,
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (options.expectedRevision !== undefined || attempt >= MAX_ATTEMPTS) {
          throw new ConcurrencyConflict(
            stream,
            options.expectedRevision ?? loaded.revision,
            String(error.actual),
          );
        }
        this.logger.debug({ msg: 'concurrent write, deciding again', stream, attempt });
      }
    }
  }

  private toNewEvents(
    events: readonly DomainEvent[],
    stream: string,
    context: CommandContext,
    options: HandleOptions,
  ): NewEvent[] {
    const metadata: JsonObject = {
      commandId: context.commandId,
      correlationId: context.correlationId,
      causationId: context.causationId,
      actor: { ...context.actor } as unknown as JsonObject,
      ...(options.ruleVersion ? { ruleVersion: options.ruleVersion } : {}),
    };
    return events.map((event, index) => ({
      id: eventIdFor(context.commandId, stream, index),
      type: event.type,
      data: event.data as unknown as JsonObject,
      metadata,
    }));
  }
}
