import type { PipeTransform } from '@nestjs/common';
import { CERTIFICATE_ID_FORMAT } from '@ledger/application/certificates';
import { ProblemError } from '../http/problem';

class FormatPipe implements PipeTransform<string, string> {
  constructor(
    private readonly format: RegExp,
    private readonly field: string,
    private readonly what: string,
  ) {}

  transform(value: string): string {
    if (!this.format.test(value)) {
      throw ProblemError.of(400, 'VALIDATION_FAILED', `the path names no ${this.what}`, {
        errors: [{ field: this.field, message: `must be ${this.what}` }],
      });
    }
    return value;
  }
}

export const ISSUER_ID_FORMAT = /^iss-\d{6}$/;
export const CertificateIdParam = new FormatPipe(CERTIFICATE_ID_FORMAT, 'id', 'a certificate id');
export const IssuerIdParam = new FormatPipe(ISSUER_ID_FORMAT, 'id', 'an issuer id (iss-<region code>)');
export const StatusListParam = new FormatPipe(/^\d{4}$/, 'n', 'a status list number (the year)');
