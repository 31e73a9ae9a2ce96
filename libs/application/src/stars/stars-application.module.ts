import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import {
  ProjectionRunner,
  StarQualificationReadModel,
  StarRoundsReadModel,
  StarRuleSetsReadModel,
} from '@ledger/projections';
import { READ_MODEL_DB } from '../ledger-core.module';
import { VolunteeringApplicationModule } from '../volunteering';
import { STAR_COMMAND_HANDLERS } from './star.handlers';
import { StarQueries } from './star-queries';
import { StarRuleSets } from './star-rule-sets';

/** Read models are prepared after the runner, which creates their tables. */
const readModel = <T>(type: new (db: Database.Database) => T) => ({
  provide: type,
  inject: [READ_MODEL_DB, ProjectionRunner],
  useFactory: (db: Database.Database) => new type(db),
});

/** Star-level rule sets, certification rounds and revocations: their handlers and queries. */
@Module({
  imports: [VolunteeringApplicationModule],
  providers: [
    readModel(StarQualificationReadModel),
    readModel(StarRoundsReadModel),
    readModel(StarRuleSetsReadModel),
    StarRuleSets,
    StarQueries,
    ...STAR_COMMAND_HANDLERS,
  ],
  exports: [StarQueries, StarRoundsReadModel, StarQualificationReadModel],
})
export class StarsApplicationModule {}
