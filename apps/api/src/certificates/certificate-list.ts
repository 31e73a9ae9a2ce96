import { Injectable } from '@nestjs/common';
import { AccessDenied, assertRole, FORGOTTEN_NAME, VolunteerQueries } from '@ledger/application';
import { type Actor, NotFound, regionCodeRange } from '@ledger/domain';
import { type CertificateListFilter, CertificatesReadModel } from '@ledger/projections/certificates';
import type { CertificateListItemDto } from './dto/certificate-list.dto';

type ListFilter = Omit<CertificateListFilter, 'region'>;

/**
 * The certificates list, with who may see which (as GET /certificates/{id}): a volunteer account its
 * own, readers those of volunteers inside their region. Names are opened from the volunteer's sealed
 * data for the page only; a forgotten volunteer shows as such.
 */
@Injectable()
export class CertificateList {
  constructor(
    private readonly certificates: CertificatesReadModel,
    private readonly volunteers: VolunteerQueries,
  ) {}

  async page(
    actor: Actor,
    filter: ListFilter,
    window: { limit: number; offset: number },
  ): Promise<{ items: CertificateListItemDto[]; total: number }> {
    const { rows, total } = this.certificates.page({ ...filter, ...this.scopeOf(actor, filter) }, window);
    const names = new Map<string, string>();
    for (const volunteerId of new Set(rows.map((row) => row.volunteer_id))) {
      names.set(volunteerId, await this.nameOf(volunteerId));
    }
    return {
      items: rows.map((row) => ({
        id: row.certificate_id,
        number: row.number,
        volunteerId: row.volunteer_id,
        volunteerNo: row.volunteer_no,
        volunteerName: names.get(row.volunteer_id) ?? FORGOTTEN_NAME,
        issuedAt: row.issued_at,
        period: { from: row.period_from, to: row.period_to },
        totals: { minutes: row.total_minutes, records: row.total_records },
        status: row.status,
      })),
      total,
    };
  }

  private scopeOf(actor: Actor, filter: ListFilter): Pick<CertificateListFilter, 'region' | 'volunteerId'> {
    if (actor.role === 'volunteer') {
      if (
        !actor.volunteerId ||
        (filter.volunteerId !== undefined && filter.volunteerId !== actor.volunteerId)
      ) {
        throw new AccessDenied('a volunteer account lists only its own certificates');
      }
      return { volunteerId: actor.volunteerId };
    }
    assertRole(actor, 'admin', 'organiser', 'auditor');
    return { region: regionCodeRange(actor.regionCode) };
  }

  private async nameOf(volunteerId: string): Promise<string> {
    try {
      return (await this.volunteers.volunteerOf(volunteerId)).name;
    } catch (error) {
      if (error instanceof NotFound) return FORGOTTEN_NAME;
      throw error;
    }
  }
}
