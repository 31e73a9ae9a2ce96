import { Module } from '@nestjs/common';
import { StarsApplicationModule } from '@ledger/application';
import { RuleSetsController } from './rule-sets.controller';
import { StarRevocationsController } from './star-revocations.controller';
import { StarRoundsController } from './star-rounds.controller';

/** HTTP for star rule sets, certification rounds and revocations. */
@Module({
  imports: [StarsApplicationModule],
  controllers: [RuleSetsController, StarRoundsController, StarRevocationsController],
})
export class StarsApiModule {}
