import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { ProjectionRunner } from '@ledger/projections';
import { Public } from '../auth/decorators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly startedAt = Date.now();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionRunner,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and the store in use' })
  async health(): Promise<{
    status: 'ok';
    store: string;
    eventLog: { position: number };
    readModels: { position: number; lag: number };
    uptimeSeconds: number;
  }> {
    const head = await this.store.headPosition();
    const position = this.projections.position;
    return {
      status: 'ok',
      store: this.store.kind,
      eventLog: { position: head },
      readModels: { position, lag: Math.max(0, head - position) },
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
    };
  }
}
