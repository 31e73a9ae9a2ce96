import type { ProjectionRunner } from '@ledger/projections';
import { ReadModelBarrier } from './read-model-barrier';

/** The embedded default's barrier: a write returns once this process's read models include it. */
export class ProjectionBarrier extends ReadModelBarrier {
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly timeoutMs = 10_000,
  ) {
    super();
  }

  async waitFor(position: number): Promise<void> {
    if (!this.runner.running) return;
    await this.runner.waitFor(position, this.timeoutMs);
  }
}
