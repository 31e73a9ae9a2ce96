import { Module } from '@nestjs/common';
import { NeedsApplicationModule } from '@ledger/application';
import { NeedFulfilmentSweeper } from './need-fulfilment-sweeper';
import { NeedsController } from './needs.controller';
import { PublicNeedsController } from './public-needs.controller';

/** Needs of the public over HTTP: the public form, the staff inbox, and the fulfilment sweep. */
@Module({
  imports: [NeedsApplicationModule],
  controllers: [PublicNeedsController, NeedsController],
  providers: [NeedFulfilmentSweeper],
})
export class NeedsApiModule {}
