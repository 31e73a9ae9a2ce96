import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@ledger/domain';
import { TimeBankTransfersReadModel } from '@ledger/projections';
import { Clock } from '../ledger/clock';
import type { CommandContext } from '../ledger/command-context';
import { newId } from '../ledger/ids';
import { TimeBankTransferSteps } from './time-bank-transfer-steps';

export interface TransferRecoverySummary {
  /** Transfers found with their out half only. */
  readonly found: number;
  /** Of those, transfers whose in half this pass appended (the rest were finished meanwhile). */
  readonly completed: number;
  readonly failed: number;
}

const PAGE = 500;

/**
 * Finishes family transfers that stopped after their first step (the server died between the
 * giver's stream and the receiver's): every transfer out without its in gets its in step, under
 * the same command id the request would have used, so a pass never credits anything twice.
 * Runs when the server starts and periodically after; never two passes at once in a process.
 */
@Injectable()
export class TimeBankTransferRecovery {
  private readonly logger = new Logger('TimeBankTransferRecovery');
  private running?: Promise<TransferRecoverySummary>;

  constructor(
    private readonly transfers: TimeBankTransfersReadModel,
    private readonly steps: TimeBankTransferSteps,
    private readonly clock: Clock,
  ) {}

  run(): Promise<TransferRecoverySummary> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<TransferRecoverySummary> {
    const runId = newId();
    const context: CommandContext = {
      commandId: runId,
      correlationId: `time-bank-recovery-${runId}`,
      causationId: 'time-bank-recovery',
      actor: SYSTEM_ACTOR,
      now: this.clock.now(),
    };
    let found = 0;
    let completed = 0;
    let failed = 0;
    let after = 0;
    for (;;) {
      const page = this.transfers.halfDoneTransfers(after, PAGE);
      if (page.length === 0) break;
      for (const row of page) {
        after = row.out_position;
        found++;
        try {
          const result = await this.steps.receive(
            {
              transferId: row.transfer_id,
              fromVolunteerId: row.from_volunteer_id,
              toVolunteerId: row.to_volunteer_id,
              minutes: row.minutes,
            },
            context,
          );
          if (result.events.length > 0 && !result.alreadyHandled) completed++;
        } catch (error) {
          failed++;
          this.logger.warn({
            msg: 'a half-done time-bank transfer could not be finished',
            transferId: row.transfer_id,
            error: error instanceof Error ? error.name : 'unknown',
          });
        }
      }
      if (page.length < PAGE) break;
    }
    if (found > 0) {
      this.logger.log({ msg: 'time-bank transfer recovery pass', found, completed, failed });
    }
    return { found, completed, failed };
  }
}
