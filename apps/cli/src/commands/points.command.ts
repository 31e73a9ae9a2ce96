import { PointsExpiry } from '@ledger/application';
import { ProjectionRunner } from '@ledger/projections';
import { Command, CommandRunner, SubCommand } from 'nest-commander';
import { Progress } from '../progress';

@SubCommand({
  name: 'expire',
  description:
    'Expire the points left in lots past their last day (idempotent; the server also runs it hourly)',
})
export class PointsExpireCommand extends CommandRunner {
  constructor(
    private readonly expiry: PointsExpiry,
    private readonly readModels: ProjectionRunner,
  ) {
    super();
  }

  async run(): Promise<void> {
    // The job finds its volunteers on a read model: bring it up to the log first (safe beside a server).
    await this.readModels.start();
    const progress = new Progress('points expire');
    const summary = await this.expiry.run((done, total) => progress.update(done, total));
    progress.finish(
      `${summary.pointsExpired.toLocaleString('en')} points expired in ${summary.lotsExpired.toLocaleString('en')} lots ` +
        `of ${summary.volunteers.toLocaleString('en')} volunteers (lots whose last day is before ${summary.today})` +
        (summary.failed ? `; ${summary.failed} volunteers failed, see the log` : ''),
    );
    if (summary.failed) process.exitCode = 1;
  }
}

@Command({ name: 'points', description: 'Service points', subCommands: [PointsExpireCommand] })
export class PointsCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
