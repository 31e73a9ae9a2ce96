import { type PipeTransform } from '@nestjs/common';
import { SERVICE_RECORD_ID_FORMAT, VOLUNTEER_ID_FORMAT } from '@ledger/domain';
import { ProblemError } from '../http/problem';

/** A malformed id in the path is bad input (400), not an unknown resource (404). */
class IdParamPipe implements PipeTransform<string, string> {
  constructor(
    private readonly format: RegExp,
    private readonly what: string,
  ) {}

  transform(value: string): string {
    if (!this.format.test(value)) {
      throw ProblemError.of(
        400,
        'VALIDATION_FAILED',
        `the path names no ${this.what}: not a ${this.what} id`,
        {
          errors: [{ field: 'id', message: `must be a ${this.what} id` }],
        },
      );
    }
    return value;
  }
}

export const VolunteerIdParam = new IdParamPipe(VOLUNTEER_ID_FORMAT, 'volunteer');
export const ServiceRecordIdParam = new IdParamPipe(SERVICE_RECORD_ID_FORMAT, 'service record');
