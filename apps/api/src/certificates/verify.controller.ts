import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  CertificatesService,
  type VerifyByNumberResult,
  type VerifyCredentialResult,
} from '@ledger/application/certificates';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public, RateLimited } from '../auth/decorators';
import { ProblemError } from '../http/problem';
import { verifyPage } from './verify-page';

const NUMBER = /^\d{6}-\d{4}-\d{6}$/;

/** HTML when the client prefers it to JSON (a browser from the QR code); JSON otherwise. */
function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const html = accept.indexOf('text/html');
  const json = accept.indexOf('application/json');
  return html >= 0 && (json < 0 || html < json);
}

@ApiTags('certificates')
@Controller('verify')
export class VerifyController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get(':number')
  @Public()
  @RateLimited()
  @ApiOperation({
    summary: 'Verify a certificate by its number (public, rate-limited)',
    description: 'JSON {valid,status,certificate?}; a page in Chinese when the client asks for text/html.',
  })
  @ApiProduces('application/json', 'text/html')
  async byNumber(
    @Param('number') number: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<VerifyByNumberResult | string> {
    const result: VerifyByNumberResult = NUMBER.test(number)
      ? await this.certificates.verifyNumber(number)
      : { valid: false, status: 'unknown' };
    if (prefersHtml(request.headers.accept)) {
      void reply.header('content-type', 'text/html; charset=utf-8');
      return verifyPage(number, result);
    }
    return result;
  }

  @Post()
  @HttpCode(200)
  @Public()
  @RateLimited()
  @ApiOperation({
    summary: 'Verify a credential (public, rate-limited)',
    description:
      'Body: the credential JSON. Each check on its own: signature (eddsa-jcs-2022), issuer (a registered issuer’s ' +
      'key valid when signed), revocation, anchor (the volunteer stream still holds that revision with that hash).',
  })
  async credential(@Body() body: unknown): Promise<VerifyCredentialResult> {
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw ProblemError.of(400, 'VALIDATION_FAILED', 'the body must be a credential (a JSON object)', {
        errors: [{ field: 'body', message: 'must be a JSON object' }],
      });
    }
    return this.certificates.verifyCredential(body);
  }
}
