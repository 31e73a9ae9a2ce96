import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@ledger/application';
import { type CertificateDocument, CertificatesService } from '@ledger/application/certificates';
import { type Actor, ValidationFailed } from '@ledger/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/decorators';
import { parseIfMatch, replyCreated, setETag } from '../http/if-match';
import { type Page, pageOf, pageRequestOf } from '../http/paging';
import { commandContextOf, CurrentActor } from '../http/request-context';
import { CertificateList } from './certificate-list';
import { IssueCertificateDto, RevokeCertificateDto } from './dto/certificate.dto';
import {
  type CertificateListItemDto,
  CertificateListQueryDto,
  CertificatePageDto,
} from './dto/certificate-list.dto';
import { CertificateIdParam } from './id-params';

@ApiTags('certificates')
@ApiBearerAuth()
@Controller('certificates')
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly list: CertificateList,
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

  @Get()
  @Roles('admin', 'organiser', 'auditor', 'volunteer')
  @ApiOperation({
    summary: 'Certificates newest first (by issue time, then id), a page at a time',
    description:
      'Administrators, organisers and auditors see the certificates of volunteers inside their region; a ' +
      'volunteer account only its own (another `volunteerId` is 403). `number` matches the whole number or ' +
      'its beginning; `from`/`to` are issue dates (Asia/Shanghai), inclusive.',
  })
  @ApiOkResponse({ type: CertificatePageDto })
  async index(
    @Query() query: CertificateListQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<Page<CertificateListItemDto>> {
    if (query.from && query.to && query.to < query.from) {
      throw new ValidationFailed([{ field: 'to', message: 'to must not be before from' }]);
    }
    const page = pageRequestOf(query);
    const { items, total } = await this.list.page(
      actor,
      {
        volunteerId: query.volunteerId,
        number: query.number,
        status: query.status,
        issuedFrom: query.from,
        issuedTo: query.to,
      },
      page,
    );
    return pageOf(page, items, total);
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
