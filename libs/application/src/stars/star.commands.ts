import { Command } from '@nestjs/cqrs';
import type { StarCandidate } from '@ledger/domain';
import type { CommandContext } from '../ledger/command-context';
import type { RuleSetView, StarRevocationView, StarRoundView } from './star.views';

export interface StarVersioned<T> {
  readonly view: T;
  readonly revision: number;
}

export interface DefineRuleSetInput {
  readonly name: string;
  readonly thresholdsHours: number[];
  readonly window: string;
  readonly noticeWorkingDays: number;
}

export class DefineRuleSetCommand extends Command<StarVersioned<RuleSetView>> {
  constructor(
    readonly input: DefineRuleSetInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export interface OpenStarRoundInput {
  readonly regionCode: string;
  readonly cutoff: string;
  readonly ruleSetId?: string;
}

export class OpenStarRoundCommand extends Command<StarVersioned<StarRoundView>> {
  constructor(
    readonly input: OpenStarRoundInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class DrawStarRoundCommand extends Command<
  StarVersioned<StarRoundView & { candidates: StarCandidate[] }>
> {
  constructor(
    readonly roundId: string,
    readonly context: CommandContext,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

export class ExcludeStarCandidateCommand extends Command<StarVersioned<StarRoundView>> {
  constructor(
    readonly roundId: string,
    readonly input: { readonly volunteerId: string; readonly reason: string },
    readonly context: CommandContext,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

export class PublishStarNoticeCommand extends Command<StarVersioned<StarRoundView>> {
  constructor(
    readonly roundId: string,
    readonly context: CommandContext,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

export class FinalizeStarRoundCommand extends Command<StarVersioned<StarRoundView>> {
  constructor(
    readonly roundId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class RevokeStarCommand extends Command<StarVersioned<StarRevocationView>> {
  constructor(
    readonly volunteerId: string,
    readonly input: { readonly reason: string; readonly banYears: number },
    readonly context: CommandContext,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
