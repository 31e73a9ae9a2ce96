import { created } from '../../organisation/organisation-helpers';
import type { Fixtures } from '../access-fixtures';
import { type Endpoint, VOLUNTEER_READERS } from '../endpoint';

const PROVINCE_ISSUER = 'iss-410000';

/** One certificate of the subject volunteer per matrix run (the PDF route only reads it). */
const certificates = new WeakMap<Fixtures, Promise<string>>();

async function certificateOfSubject(f: Fixtures): Promise<string> {
  const root = f.clients['admin@410000'];
  const issuer = await root.get(`/api/v1/issuers/${PROVINCE_ISSUER}`);
  if (issuer.status === 404) {
    created(
      await root.post('/api/v1/issuers', {
        name: '河南省科学技术协会',
        regionCode: '410000',
        personInCharge: '负责人',
        handler: '经办人',
        contact: '0371-00000000',
      }),
    );
  }
  return created(await f.clients['admin@410122'].post('/api/v1/certificates', { volunteerId: f.volunteerId }))
    .id as string;
}

/** The access row of the certificate's PDF. */
export const CERTIFICATE_PDF_ROWS: readonly Endpoint[] = [
  {
    method: 'GET',
    route: '/certificates/{id}/pdf',
    allowed: VOLUNTEER_READERS,
    ok: 200,
    rule: 'the same readers as GET /certificates/{id}: readers of the volunteer’s region, and the volunteer itself',
    request: async (f) => {
      let id = certificates.get(f);
      if (!id) {
        id = certificateOfSubject(f);
        certificates.set(f, id);
      }
      return { path: `/certificates/${await id}/pdf` };
    },
  },
];
