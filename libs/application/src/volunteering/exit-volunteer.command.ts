import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';

export type ServiceStatus = 'active' | 'exited';

/** A volunteer ends its service (退出): by itself, or by an administrator of its region with a reason. */
export class ExitVolunteerCommand extends Command<{ status: ServiceStatus; revision: number }> {
  constructor(
    readonly volunteerId: string,
    readonly reason: string | null,
    readonly context: CommandContext,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

/** An exited volunteer serves again: by itself, or by an administrator of its region. */
export class RejoinVolunteerCommand extends Command<{ status: ServiceStatus; revision: number }> {
  constructor(
    readonly volunteerId: string,
    readonly context: CommandContext,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
