import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@ledger/application';
import { CertificatesService, IssuersService, type IssuerView } from '@ledger/application/certificates';
import type { Actor } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public, RateLimited, Roles } from '../auth/decorators';
import { replyCreated, setETag } from '../http/if-match';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { EmptyBody } from '../volunteering/empty-body.pipe';
import { RegisterIssuerDto } from './dto/certificate.dto';
import { IssuerIdParam, StatusListParam } from './id-params';

@ApiTags('certificates')
@Controller('issuers')
export class IssuersController {
  constructor(
    private readonly issuers: IssuersService,
    private readonly certificates: CertificatesService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @ApiBearerAuth()
  @Roles('admin')
  @ApiOperation({
    summary: 'Register the issuing organisation (科协) of a region, with a new signing key',
    description:
      'Administrators of the region or above. One issuer per region (its id is iss-<regionCode>); 409 when it exists.',
  })
  async register(
    @Body() body: RegisterIssuerDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IssuerView> {
    const { issuer, revision } = await this.issuers.register(
      body,
      commandContextOf(request, this.clock.now()),
    );
    replyCreated(reply, `/api/v1/issuers/${issuer.id}`, revision);
    return issuer;
  }

  @Get(':id')
  @ApiBearerAuth()
  @Roles('admin', 'organiser', 'auditor', 'volunteer', 'partner')
  @ApiOperation({ summary: 'An issuing organisation with its keys' })
  async get(
    @Param('id', IssuerIdParam) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IssuerView> {
    const { issuer, revision } = await this.issuers.readable(actor, id);
    setETag(reply, revision);
    return issuer;
  }

  @Post(':id/keys/rotate')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles('admin')
  @ApiOperation({
    summary: 'Rotate the signing key',
    description: 'A new key signs from now on; the old one stays published with its validity period.',
  })
  async rotate(
    @Param('id', IssuerIdParam) id: string,
    @Body(EmptyBody) _body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IssuerView> {
    const { issuer, revision } = await this.issuers.rotateKey(
      id,
      commandContextOf(request, this.clock.now()),
    );
    setETag(reply, revision);
    return issuer;
  }

  @Get(':id/keys')
  @Public()
  @RateLimited()
  @ApiOperation({
    summary: 'Public keys of an issuer (public, rate-limited)',
    description:
      'Every key as a Multikey with its did:key and validity period (validFrom, validUntil or null).',
  })
  async keys(@Param('id', IssuerIdParam) id: string) {
    const { issuer } = await this.issuers.view(id);
    return { issuerId: issuer.id, name: issuer.name, regionCode: issuer.regionCode, keys: issuer.keys };
  }

  @Get(':id/status-lists/:n')
  @Public()
  @RateLimited()
  @ApiOperation({
    summary: 'Revocation list of an issuer for a year (public, rate-limited)',
    description:
      'A signed BitstringStatusListCredential (eddsa-jcs-2022); bit i set = certificate with sequence i revoked.',
  })
  async statusList(
    @Param('id', IssuerIdParam) id: string,
    @Param('n', StatusListParam) n: string,
  ): Promise<Record<string, unknown>> {
    return this.certificates.statusListCredential(id, Number(n), this.clock.now());
  }
}
