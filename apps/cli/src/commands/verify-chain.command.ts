import { Inject } from '@nestjs/common';
import { ChainVerifier, EVENT_STORE, type EventStore } from '@ledger/event-store';
import { Command, CommandRunner } from 'nest-commander';
import { CliFailure } from '../cli-context';
import { Progress } from '../progress';

@Command({
  name: 'verify-chain',
  description: "Check every stream's hash chain; name each event altered, removed or reordered",
})
export class VerifyChainCommand extends CommandRunner {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    super();
  }

  async run(): Promise<void> {
    const head = await this.store.headPosition();
    const verifier = new ChainVerifier(this.store.kind !== 'eventstoredb');
    const progress = new Progress('verify-chain');
    let n = 0;
    for await (const event of this.store.readAll()) {
      verifier.check(event);
      if (++n % 5000 === 0) progress.update(n, this.store.kind === 'eventstoredb' ? undefined : head);
    }
    const report = verifier.result();
    for (const p of report.problems) {
      console.log(
        `${p.kind.toUpperCase()}: stream ${p.stream} revision ${p.revision} (position ${p.position}, event ${p.eventId}): ${p.detail}`,
      );
    }
    progress.finish(
      `${report.events.toLocaleString('en')} events in ${report.streams.toLocaleString('en')} streams checked, ` +
        (report.problems.length ? `${report.problems.length} problem(s)` : 'every chain intact'),
    );
    if (report.problems.length) throw new CliFailure('the hash chain is broken', 1);
  }
}
