import { Body, Controller, Get, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, type CommandContext, newId, type PublicNeedView, NeedsService } from '@ledger/application';
import type { Actor } from '@ledger/domain';
import type { FastifyRequest } from 'fastify';
import { Public, RateLimited } from '../auth/decorators';
import { RateNeedDto, SubmitNeedDto } from './dto/need.dto';

/** A member of the public has no account; events record them as `public` with the least role. */
const PUBLIC_REQUESTER: Actor = { accountId: 'public', role: 'auditor', regionCode: '000000' };
const TOKEN_HEADER = {
  name: 'X-Need-Token',
  required: true,
  description: 'the secret given with the tracking number',
};

const publicContext = (request: FastifyRequest, now: Date): CommandContext => ({
  commandId: newId(),
  correlationId: String(request.id),
  causationId: String(request.id),
  actor: PUBLIC_REQUESTER,
  now,
});

/**
 * The public side of needs (群众点单, 群众评单): no account, counted against the per-address limit
 * for public endpoints. A wrong secret answers 404 like an unknown tracking number.
 */
@ApiTags('needs')
@Controller('public/needs')
export class PublicNeedsController {
  constructor(
    private readonly needs: NeedsService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Public()
  @RateLimited()
  @ApiOperation({
    summary: 'Submit a need (public, rate-limited)',
    description: '201 {trackingNo, status, accessToken}: the secret is shown once and kept only as a hash.',
  })
  async submit(
    @Body() body: SubmitNeedDto,
    @Req() request: FastifyRequest,
  ): Promise<{ trackingNo: string; status: 'submitted'; accessToken: string }> {
    const { trackingNo, status, accessToken } = await this.needs.submit(
      body,
      publicContext(request, this.clock.now()),
      false,
    );
    return { trackingNo, status, accessToken };
  }

  @Get(':trackingNo')
  @Public()
  @RateLimited()
  @ApiHeader(TOKEN_HEADER)
  @ApiOperation({ summary: 'Follow a need with its tracking number and secret (public, rate-limited)' })
  get(@Param('trackingNo') trackingNo: string, @Headers('x-need-token') token?: string): PublicNeedView {
    return this.needs.publicView(trackingNo, token);
  }

  @Post(':trackingNo/rating')
  @HttpCode(200)
  @Public()
  @RateLimited()
  @ApiHeader(TOKEN_HEADER)
  @ApiOperation({ summary: 'Rate a fulfilled need once, 1–5 (public, rate-limited)' })
  rate(
    @Param('trackingNo') trackingNo: string,
    @Body() body: RateNeedDto,
    @Req() request: FastifyRequest,
    @Headers('x-need-token') token?: string,
  ): Promise<PublicNeedView> {
    return this.needs.rate(trackingNo, token, body, publicContext(request, this.clock.now()));
  }
}
