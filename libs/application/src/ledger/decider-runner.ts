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
import { type Outcome, StreamBatchQueue } from './stream-queue';
import { type CachedStream, StreamStateCache } from './stream-state-cache';

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

export interface StreamState<State> {
  readonly state: State;
  /** The revision of the stream's last event (-1: the stream has none). */
  readonly revision: number;
}

export interface LoadedStream<State> extends StreamState<State> {
  readonly events: readonly RecordedEvent[];
}

const MAX_ATTEMPTS = 8;

/** The most commands of one stream decided together and written in one append. */
export const MAX_BATCH = 64;

type AnyDecider = Decider<unknown, Command, DomainEvent>;
type AnyResult = HandleResult<unknown, DomainEvent>;

/** A command waiting in its stream's line. */
interface Job {
  readonly decider: AnyDecider;
  readonly command: Command;
  readonly context: CommandContext;
  readonly options: HandleOptions;
}

/** What one command of a batch came to before the append. */
type Planned =
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'unchanged'; readonly state: unknown; readonly revision: number }
  | { readonly kind: 'handledBefore'; readonly revision: number }
  | {
      readonly kind: 'written';
      readonly state: unknown;
      readonly events: readonly DomainEvent[];
      readonly revision: number;
    };

const settle = async <R>(work: () => Promise<R>): Promise<Outcome<R>> => {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error };
  }
};

/** Injection token for the cache's capacity (0 turns the cache off). */
export const STREAM_CACHE_CAPACITY_TOKEN = Symbol('STREAM_CACHE_CAPACITY');

/**
 * Streams whose folded state is kept between commands. A volunteer's stream of a few hundred events
 * folds to a few kilobytes; 20,000 of them cover a county's active volunteers in a few tens of MB.
 */
export const STREAM_CACHE_CAPACITY = 20_000;

/**
 * Load → fold → decide → append with the revision read. Written once for every aggregate.
 * Event ids derive from the command id, so a retried command appends nothing twice; a command
 * already applied is recognised by its id in the stream and answered with the state it left.
 */
@Injectable()
export class DeciderRunner {
  private readonly logger = new Logger(DeciderRunner.name);
  private readonly cache: StreamStateCache;
  /**
   * The commands of one stream in line, in arrival order. Those that arrived while the previous
   * batch was written are decided together (when of the same decider) and written in one append,
   * so a hot stream's commands share a disk flush instead of each waiting for the previous one's.
   */
  private readonly queue = new StreamBatchQueue<Job, AnyResult>({
    maxBatch: MAX_BATCH,
    sameBatch: (first, next) => first.decider === next.decider,
    work: (stream, jobs) => this.decideBatch(stream, jobs),
  });

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly barrier: ReadModelBarrier,
    @Optional() private readonly upcasters: UpcasterChain = new UpcasterChain(),
    @Optional() @Inject(STREAM_CACHE_CAPACITY_TOKEN) capacity: number = STREAM_CACHE_CAPACITY,
  ) {
    this.cache = new StreamStateCache(capacity);
  }

  /**
   * The stream's current state: the cached fold brought up to date with the events appended since
   * (by this process or any other), so a decision never rests on a stale fold.
   */
  async current<State, Event extends DomainEvent>(
    decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
    stream: string,
  ): Promise<StreamState<State>> {
    const entry = await this.refresh(decider, stream);
    return { state: entry.state as State, revision: entry.revision };
  }

  private async refresh<State, Event extends DomainEvent>(
    decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
    stream: string,
  ): Promise<CachedStream> {
    const key = this.cache.key(decider, stream);
    const cached = this.cache.get(key);
    let state = cached ? (cached.state as State) : decider.initialState();
    let revision = cached ? cached.revision : -1;
    const commandIds = cached ? cached.commandIds : new Set<string>();
    let changed = !cached;
    for await (const raw of this.store.readStream(stream, { fromRevision: revision + 1 })) {
      const event = this.upcasters.upcast(raw);
      state = decider.evolve(state, event as unknown as Event);
      revision = event.revision;
      const commandId = event.metadata.commandId;
      if (typeof commandId === 'string') commandIds.add(commandId);
      changed = true;
    }
    const entry: CachedStream = changed ? { state, revision, commandIds } : cached!;
    if (changed && revision >= 0) this.cache.offer(key, entry);
    return entry;
  }

  /** The whole stream, read and folded afresh, with its events (for callers that need them). */
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
    // In line behind the other commands of this stream; the wait for the read models comes after,
    // so the next command does not wait for them too.
    const result = (await this.queue.submit(stream, {
      decider: decider as unknown as AnyDecider,
      command,
      context,
      options,
    })) as unknown as HandleResult<State, Event>;
    if (result.position > 0) await this.barrier.waitFor(result.position);
    return result;
  }

  private async decideAndAppend<State, Cmd extends Command, Event extends DomainEvent>(
    decider: Decider<State, Cmd, Event>,
    stream: string,
    command: Cmd,
    context: CommandContext,
    options: HandleOptions,
  ): Promise<HandleResult<State, Event>> {
    const key = this.cache.key(decider, stream);
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.refresh(decider, stream);
      if (loaded.commandIds.has(context.commandId)) return this.handledBefore(decider, stream, context);
      if (options.expectedRevision !== undefined && options.expectedRevision !== loaded.revision) {
        throw new ConcurrencyConflict(stream, options.expectedRevision, loaded.revision);
      }
      const state = loaded.state as State;
      const decided = decider.decide(command, state);
      if (decided.length === 0) {
        return {
          state,
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
        const after = decided.reduce(decider.evolve, state);
        if (result.alreadyAppended) {
          // Another process appended these very events; the next command folds them from the log.
          this.cache.forget(key);
        } else {
          loaded.commandIds.add(context.commandId);
          this.cache.offer(key, {
            state: after,
            revision: result.nextExpectedRevision,
            commandIds: loaded.commandIds,
          });
        }
        return {
          state: after,
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

  /**
   * Commands of one decider on one stream, in arrival order, decided on the state their predecessors
   * in the batch leave and written in ONE append. Each is answered as if handled alone in that order:
   * a refusal (or any error of its decision) fails only that command, a command id already in the
   * stream or earlier in the batch is answered as handled before, an If-Match revision is checked
   * against the revision the batch has reached. A write by another process in between sends the whole
   * batch back to decide on fresh state (commands with If-Match then fail with a conflict, as alone).
   */
  private async decideBatch(stream: string, jobs: readonly Job[]): Promise<Outcome<AnyResult>[]> {
    const decider = jobs[0].decider;
    if (jobs.length === 1) {
      const [{ command, context, options }] = jobs;
      return [await settle(() => this.decideAndAppend(decider, stream, command, context, options))];
    }
    const key = this.cache.key(decider, stream);
    // Answers settled before the append (conflicts of an attempt that lost to another process).
    const settled: (Outcome<AnyResult> | undefined)[] = jobs.map(() => undefined);
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.refresh(decider, stream);
      let state = loaded.state;
      let revision = loaded.revision;
      const written = new Set<string>();
      const planned: (Planned | undefined)[] = jobs.map(() => undefined);
      const newEvents: NewEvent[] = [];
      for (const [i, { command, context, options }] of jobs.entries()) {
        if (settled[i]) continue;
        if (loaded.commandIds.has(context.commandId) || written.has(context.commandId)) {
          planned[i] = { kind: 'handledBefore', revision };
          continue;
        }
        if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
          const error = new ConcurrencyConflict(stream, options.expectedRevision, revision);
          planned[i] = { kind: 'failed', error };
          continue;
        }
        let decided: readonly DomainEvent[];
        let after: unknown;
        try {
          decided = decider.decide(command, state);
          after = decided.reduce(decider.evolve, state);
        } catch (error) {
          planned[i] = { kind: 'failed', error };
          continue;
        }
        if (decided.length === 0) {
          planned[i] = { kind: 'unchanged', state, revision };
          continue;
        }
        newEvents.push(...this.toNewEvents(decided, stream, context, options));
        state = after;
        revision += decided.length;
        written.add(context.commandId);
        planned[i] = { kind: 'written', state, events: decided, revision };
      }

      let position = 0;
      if (newEvents.length > 0) {
        try {
          const result = await this.store.append(stream, newEvents, {
            expectedRevision: loaded.revision === -1 ? 'no_stream' : loaded.revision,
          });
          if (result.alreadyAppended) {
            // Another process appended these very events: each command is answered from the log.
            this.cache.forget(key);
            return this.oneByOne(stream, jobs, settled);
          }
          for (const id of written) loaded.commandIds.add(id);
          this.cache.offer(key, {
            state,
            revision: result.nextExpectedRevision,
            commandIds: loaded.commandIds,
          });
          // The position of the batch's last event: every command's events are projected by then.
          position = result.position;
        } catch (error) {
          if (!(error instanceof WrongExpectedRevisionError)) {
            // Not a concurrent write (e.g. an event id of this batch already used): each command alone, as before.
            this.cache.forget(key);
            return this.oneByOne(stream, jobs, settled);
          }
          for (const [i, plan] of planned.entries()) {
            const expected = jobs[i].options.expectedRevision;
            if (plan?.kind === 'written' && expected !== undefined) {
              settled[i] = {
                ok: false,
                error: new ConcurrencyConflict(stream, expected, String(error.actual)),
              };
            }
          }
          if (attempt >= MAX_ATTEMPTS) {
            for (const i of jobs.keys()) {
              settled[i] ??= {
                ok: false,
                error: new ConcurrencyConflict(stream, loaded.revision, String(error.actual)),
              };
            }
            return settled as Outcome<AnyResult>[];
          }
          this.logger.debug({ msg: 'concurrent write, deciding the batch again', stream, attempt });
          continue;
        }
      }

      const before = planned.some((plan) => plan?.kind === 'handledBefore')
        ? await this.load(decider, stream)
        : undefined;
      return jobs.map((job, i): Outcome<AnyResult> => {
        const earlier = settled[i];
        if (earlier) return earlier;
        const plan = planned[i]!;
        switch (plan.kind) {
          case 'failed':
            return { ok: false, error: plan.error };
          case 'unchanged':
            return {
              ok: true,
              value: {
                state: plan.state,
                events: [],
                revision: plan.revision,
                position: 0,
                alreadyHandled: false,
              },
            };
          case 'written':
            return {
              ok: true,
              value: {
                state: plan.state,
                events: plan.events,
                revision: plan.revision,
                position,
                alreadyHandled: false,
              },
            };
          case 'handledBefore':
            return { ok: true, value: this.answeredBefore(decider, before!, job.context, plan.revision) };
        }
      });
    }
  }

  /** The commands not yet answered, each handled alone in arrival order (as without batches). */
  private async oneByOne(
    stream: string,
    jobs: readonly Job[],
    settled: readonly (Outcome<AnyResult> | undefined)[],
  ): Promise<Outcome<AnyResult>[]> {
    const outcomes: Outcome<AnyResult>[] = [];
    for (const [i, { decider, command, context, options }] of jobs.entries()) {
      outcomes.push(
        settled[i] ?? (await settle(() => this.decideAndAppend(decider, stream, command, context, options))),
      );
    }
    return outcomes;
  }

  /**
   * A command of a batch applied before (earlier in the stream or in the batch): answered as
   * {@link handledBefore} would have at its turn, from the stream up to the revision the batch had reached.
   */
  private answeredBefore(
    decider: AnyDecider,
    loaded: LoadedStream<unknown>,
    context: CommandContext,
    revision: number,
  ): AnyResult {
    const upTo = loaded.events.filter((e) => e.revision <= revision);
    let earlier = upTo.filter((e) => e.metadata.commandId === context.commandId);
    let state: unknown;
    if (earlier.length > 0) {
      state = upTo.reduce((s, e) => decider.evolve(s, e as unknown as DomainEvent), decider.initialState());
    } else {
      // Not found up to there (the fold it was recognised by had moved on): the whole stream, as alone.
      earlier = loaded.events.filter((e) => e.metadata.commandId === context.commandId);
      state = loaded.state;
      revision = loaded.revision;
    }
    return {
      state,
      events: earlier as unknown as DomainEvent[],
      revision,
      position: earlier[earlier.length - 1].position,
      alreadyHandled: true,
    };
  }

  /** A command applied before: answered from the whole stream, with the events it left there. */
  private async handledBefore<State, Event extends DomainEvent>(
    decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
    stream: string,
    context: CommandContext,
  ): Promise<HandleResult<State, Event>> {
    const loaded = await this.load(decider, stream);
    const earlier = loaded.events.filter((e) => e.metadata.commandId === context.commandId);
    return {
      state: loaded.state,
      events: earlier as unknown as Event[],
      revision: loaded.revision,
      position: earlier[earlier.length - 1].position,
      alreadyHandled: true,
    };
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
