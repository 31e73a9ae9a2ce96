import { Injectable } from '@nestjs/common';
import { volunteerNumberDecider, volunteerNumberStream } from '@ledger/domain';
import { DateTime } from 'luxon';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { ConcurrencyConflict } from '../ledger/concurrency-conflict';
import { DeciderRunner } from '../ledger/decider-runner';
import { stepContext } from './step-context';

/** A busy registration desk races on one counter; each round lets one through, so allow many rounds. */
const MAX_ROUNDS = 16;

/** Hands out `<region>-<year>-<sequence>` numbers from the per-region-and-year counter stream. */
@Injectable()
export class VolunteerNumbers {
  constructor(private readonly runner: DeciderRunner) {}

  async allocate(regionCode: string, volunteerId: string, context: CommandContext): Promise<string> {
    const year = DateTime.fromJSDate(context.now).setZone('Asia/Shanghai').year;
    const step = stepContext(context, 'volunteer-number');
    for (let round = 1; ; round++) {
      try {
        const result = await this.runner.handle(
          volunteerNumberDecider,
          volunteerNumberStream(regionCode, year),
          {
            type: 'AllocateVolunteerNumber',
            data: { regionCode, year, volunteerId },
            metadata: commandMetadata(step),
          },
          step,
        );
        return result.events[0].data.volunteerNo;
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict) || round >= MAX_ROUNDS) throw error;
      }
    }
  }
}
