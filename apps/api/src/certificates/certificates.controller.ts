import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@ledger/application';
import { type CertificateDocument, CertificatesService } from '@ledger/application/certificates';
import type { Actor } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { parseIfMatch, replyCreated, setETag } from '../http/if-match';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { IssueCertificateDto, RevokeCertificateDto } from './dto/certificate.dto';
import { CertificateIdParam } from './id-params';

@ApiTags('certificates')
@ApiBearerAuth()
@Controller('certificates')
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('admin', 'volunteer')
  @ApiOperation({
    summary: 'Issue a service certificate (志愿服务记录证明)',
    description:
      'Administrators of the volunteer’s region, or the volunteer’s own account. The issuer is the nearest registered ' +
      'issuer at or above the administrator’s region (the volunteer’s region for a volunteer). 422 NO_ISSUER, ' +
      'VOLUNTEER_FORGOTTEN, DATE_IN_FUTURE.',
  })
  async issue(
    @Body() body: IssueCertificateDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CertificateDocument> {
    const { document, revision } = await this.certificates.issue(
      body,
      commandContextOf(request, this.clock.now()),
    );
    replyCreated(reply, `/api/v1/certificates/${document.id}`, revision);
    return document;
  }

  @Get(':id')
  @Roles('admin', 'organiser', 'auditor', 'volunteer')
  @ApiOperation({ summary: 'A certificate with its credential' })
  async get(
    @Param('id', CertificateIdParam) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CertificateDocument> {
    const { document, revision } = await this.certificates.get(actor, id);
    setETag(reply, revision);
    return document;
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Revoke a certificate with a reason (administrators of the volunteer’s region)',
    description: '422 CERTIFICATE_ALREADY_REVOKED.',
  })
  async revoke(
    @Param('id', CertificateIdParam) id: string,
    @Body() body: RevokeCertificateDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CertificateDocument> {
    const { document, revision } = await this.certificates.revoke(
      id,
      body.reason,
      commandContextOf(request, this.clock.now()),
      parseIfMatch(request.headers['if-match']),
    );
    setETag(reply, revision);
    return document;
  }
}
