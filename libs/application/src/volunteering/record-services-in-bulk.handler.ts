import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RuleViolation } from '@ledger/domain';
import { AccessDenied, assertRegion, assertRole } from '../access/access-policy';
import { ConcurrencyConflict } from '../ledger/concurrency-conflict';
import { ActivityDirectory } from './activity-directory';
import { RecordServiceCommand } from './record-service.command';
import { type BulkEntryOutcome, RecordServicesInBulkCommand } from './record-services-in-bulk.command';
import { stepContext } from './step-context';

/** Entries on different volunteers' streams go in parallel, so group commit can batch them. */
const PARALLEL_ENTRIES = 8;

/**
 * A whole activity roster at once. Each entry is its own command on its own volunteer's stream,
 * with an id derived from the request's and the entry's index: entries succeed or fail alone, and a
 * retry with the same Idempotency-Key records nothing twice and tries again only what failed.
 */
@CommandHandler(RecordServicesInBulkCommand)
export class RecordServicesInBulkHandler implements ICommandHandler<RecordServicesInBulkCommand> {
  constructor(
    private readonly commands: CommandBus,
    private readonly activities: ActivityDirectory,
  ) {}

  async execute({ input, context }: RecordServicesInBulkCommand): Promise<{ outcomes: BulkEntryOutcome[] }> {
    // Refusals that apply to the whole roster are answered before anything is written.
    assertRole(context.actor, 'admin', 'organiser');
    const activity = await this.activities.find(input.activityId);
    assertRegion(context.actor, activity.regionCode);

    const outcomes: BulkEntryOutcome[] = new Array(input.entries.length);
    let next = 0;
    const worker = async () => {
      while (next < input.entries.length) {
        const index = next++;
        const entry = input.entries[index];
        try {
          const { record } = await this.commands.execute(
            new RecordServiceCommand(
              { ...entry, activityId: input.activityId },
              stepContext(context, `bulk-entry-${index}`),
            ),
          );
          outcomes[index] = { index, ok: true, record };
        } catch (error) {
          if (!isRefusal(error)) throw error;
          outcomes[index] = { index, ok: false, error };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_ENTRIES, input.entries.length) }, worker));
    return { outcomes };
  }
}

/** What the caller can act on entry by entry; anything else is the ledger's failure and fails the request. */
const isRefusal = (error: unknown): boolean =>
  error instanceof RuleViolation || error instanceof AccessDenied || error instanceof ConcurrencyConflict;
