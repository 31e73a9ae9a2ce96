import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CertificatePdfRenderer, CertificatesService } from '@ledger/application/certificates';
import type { Actor } from '@ledger/domain';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../auth/decorators';
import { setETag } from '../../http/if-match';
import { CurrentActor } from '../../http/request-context';
import { CertificateIdParam } from '../id-params';

/** The printable certificate: the same readers as `GET /certificates/{id}`, the same facts, as an A4 PDF. */
@ApiTags('certificates')
@ApiBearerAuth()
@Controller('certificates')
export class CertificatePdfController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly pdf: CertificatePdfRenderer,
  ) {}

  @Get(':id/pdf')
  @Roles('admin', 'organiser', 'auditor', 'volunteer')
  @ApiOperation({
    summary: 'A certificate as a printable A4 PDF in Chinese, with the QR code of its verification URL',
    description:
      'Readers of the volunteer’s region and the volunteer itself. Shown inline; the file is named after the ' +
      'certificate number. A revoked certificate is marked 已撤销 with the reason.',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The PDF',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async pdfOf(
    @Param('id', CertificateIdParam) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { document, revision } = await this.certificates.get(actor, id);
    const file = await this.pdf.render(document);
    setETag(reply, revision);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="certificate-${document.number}.pdf"`)
      .header('cache-control', 'private, no-store');
    return file;
  }
}
