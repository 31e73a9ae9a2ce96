import type { Actor, CommandMetadata } from '../decider';
import { DeciderSpecification } from '../testing/decider-specification';
import type { CertificateIssued, IssuerRegistered } from './certificate.events';
import {
  certificateDecider,
  certificateNumberDecider,
  issuerDecider,
  keyValidAt,
} from './certificate.deciders';

const admin: Actor = { accountId: 'acc-admin', role: 'admin', regionCode: '410100' };
const at = (now: string, commandId = 'cmd-1'): CommandMetadata => ({ commandId, now, actor: admin });

const registered: IssuerRegistered = {
  type: 'IssuerRegistered',
  data: {
    issuerId: 'iss-410100',
    name: '郑州市科协',
    regionCode: '410100',
    personInCharge: '张主任',
    handler: '李经办',
    contact: '0371-12345678',
    keyId: 'key-1',
    publicKeyMultibase: 'z6Mk1',
    registeredBy: 'acc-admin',
    registeredAt: '2026-01-01T00:00:00.000Z',
  },
};

describe('issuer decider', () => {
  const spec = DeciderSpecification.for(issuerDecider);
  const { registeredBy: _b, registeredAt: _a, ...registerData } = registered.data;

  it('registers an issuer with its first key', () =>
    spec
      .given([])
      .when({ type: 'RegisterIssuer', data: registerData, metadata: at('2026-01-01T00:00:00.000Z') })
      .then([registered]));

  it('refuses a second issuer for the region', () =>
    spec
      .given([registered])
      .when({ type: 'RegisterIssuer', data: registerData, metadata: at('2026-01-02T00:00:00.000Z') })
      .thenThrows('CONFLICT'));

  it('refuses an empty person in charge', () =>
    spec
      .given([])
      .when({
        type: 'RegisterIssuer',
        data: { ...registerData, personInCharge: '  ' },
        metadata: at('2026-01-01T00:00:00.000Z'),
      })
      .thenThrows('VALIDATION_FAILED'));

  it('rotates: the old key ends when the new one starts, and stays known', () => {
    const now = '2026-06-01T00:00:00.000Z';
    spec
      .given([registered])
      .when({
        type: 'RotateIssuerKey',
        data: { issuerId: 'iss-410100', keyId: 'key-2', publicKeyMultibase: 'z6Mk2' },
        metadata: at(now),
      })
      .then([
        {
          type: 'IssuerKeyRotated',
          data: {
            issuerId: 'iss-410100',
            keyId: 'key-2',
            publicKeyMultibase: 'z6Mk2',
            previousKeyId: 'key-1',
            rotatedBy: 'acc-admin',
            rotatedAt: now,
          },
        },
      ]);
    const state = issuerDecider.evolve(issuerDecider.evolve(issuerDecider.initialState(), registered), {
      type: 'IssuerKeyRotated',
      data: {
        issuerId: 'iss-410100',
        keyId: 'key-2',
        publicKeyMultibase: 'z6Mk2',
        previousKeyId: 'key-1',
        rotatedBy: 'a',
        rotatedAt: now,
      },
    });
    if (state.status === 'none') throw new Error('not registered');
    expect(keyValidAt(state.keys, 'key-1', '2026-05-31T23:59:59.000Z')).toBe(true);
    expect(keyValidAt(state.keys, 'key-1', now)).toBe(false);
    expect(keyValidAt(state.keys, 'key-2', now)).toBe(true);
    expect(keyValidAt(state.keys, 'key-2', '2025-12-31T00:00:00.000Z')).toBe(false);
  });

  it('rotating an unknown issuer is 404', () =>
    spec
      .given([])
      .when({
        type: 'RotateIssuerKey',
        data: { issuerId: 'iss-410100', keyId: 'k', publicKeyMultibase: 'z' },
        metadata: at('2026-01-01T00:00:00.000Z'),
      })
      .thenThrows('NOT_FOUND'));
});

describe('certificate numbers', () => {
  const spec = DeciderSpecification.for(certificateNumberDecider);
  const allocate = (certificateId: string) => ({
    type: 'AllocateCertificateNumber' as const,
    data: { issuerId: 'iss-410100', regionCode: '410100', year: 2026, certificateId },
    metadata: at('2026-03-10T00:00:00.000Z'),
  });
  const first = certificateNumberDecider.decide(allocate('crt-a'), certificateNumberDecider.initialState());

  it('numbers <region>-<year>-<sequence> from 1, one after another', () => {
    expect(first[0].data.number).toBe('410100-2026-000001');
    spec
      .given(first)
      .when(allocate('crt-b'))
      .thenEvents((events) => expect(events[0].data.number).toBe('410100-2026-000002'));
  });

  it('the same certificate again gets nothing new', () =>
    spec.given(first).when(allocate('crt-a')).thenNothingHappens());
});

describe('certificate decider', () => {
  const spec = DeciderSpecification.for(certificateDecider);
  const facts: Omit<CertificateIssued['data'], 'issuedBy' | 'issuedAt'> = {
    certificateId: 'crt-1',
    number: '410100-2026-000001',
    issuerId: 'iss-410100',
    keyId: 'key-1',
    volunteerId: 'vol-1',
    volunteerNo: '410122-2026-000001',
    purpose: null,
    period: { from: '2026-01-01', to: '2026-03-10' },
    records: [],
    trainings: [],
    commendations: [],
    starLevel: 0,
    anchor: { stream: 'volunteer-vol-1', revision: 3, hash: 'ab' },
    statusList: 2026,
    statusListIndex: 1,
    publicUrl: 'https://ledger.example.cn',
    proofCreated: '2026-03-10T00:00:00.000Z',
    proofValue: 'z1',
  };
  const issued: CertificateIssued = {
    type: 'CertificateIssued',
    data: { ...facts, issuedBy: 'acc-admin', issuedAt: '2026-03-10T00:00:00.000Z' },
  };

  it('issues once', () => {
    spec
      .given([])
      .when({ type: 'IssueCertificate', data: facts, metadata: at('2026-03-10T00:00:00.000Z') })
      .then([issued]);
    spec
      .given([issued])
      .when({ type: 'IssueCertificate', data: facts, metadata: at('2026-03-10T00:00:00.000Z') })
      .thenThrows('CONFLICT');
  });

  it('revokes with a reason, once', () => {
    const revoke = {
      type: 'RevokeCertificate' as const,
      data: { certificateId: 'crt-1', reason: '记录有误' },
      metadata: at('2026-03-11T00:00:00.000Z'),
    };
    spec
      .given([issued])
      .when(revoke)
      .then([
        {
          type: 'CertificateRevoked',
          data: {
            certificateId: 'crt-1',
            number: facts.number,
            reason: '记录有误',
            revokedBy: 'acc-admin',
            revokedAt: '2026-03-11T00:00:00.000Z',
          },
        },
      ]);
    const [revoked] = certificateDecider.decide(
      revoke,
      certificateDecider.evolve(certificateDecider.initialState(), issued),
    );
    spec.given([issued, revoked]).when(revoke).thenThrows('CERTIFICATE_ALREADY_REVOKED');
    spec
      .given([issued])
      .when({ ...revoke, data: { ...revoke.data, reason: ' ' } })
      .thenThrows('VALIDATION_FAILED');
    spec.given([]).when(revoke).thenThrows('NOT_FOUND');
  });
});
