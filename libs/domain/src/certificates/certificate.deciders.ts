import { type Decider, unreachable } from '../decider';
import { AlreadyExists, NotFound, RuleViolation } from '../errors';
import { isValidRegionCode } from '../regions/region-code';
import type { AllocateCertificateNumber, CertificateCommand, IssuerCommand } from './certificate.commands';
import type {
  CertificateEvent,
  CertificateIssued,
  CertificateNumberAllocated,
  IssuerEvent,
} from './certificate.events';

export const issuerStream = (issuerId: string): string => `issuer-${issuerId}`;
export const certificateStream = (certificateId: string): string => `certificate-${certificateId}`;
export const certificateNumberStream = (issuerId: string, year: number): string =>
  `certificate-numbers-${issuerId}-${year}`;

/** Longest free text on an issuer or a revocation. */
export const CERTIFICATE_TEXT_MAX = 200;

const validation = (field: string, message: string): RuleViolation =>
  new RuleViolation('VALIDATION_FAILED', message, { errors: [{ field, message }] });

function requireText(field: string, value: string): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length === 0) throw validation(field, `${field} must not be empty`);
  if (trimmed.length > CERTIFICATE_TEXT_MAX) {
    throw validation(field, `${field} must be at most ${CERTIFICATE_TEXT_MAX} characters`);
  }
  return trimmed;
}

export interface IssuerKey {
  readonly keyId: string;
  readonly publicKeyMultibase: string;
  readonly validFrom: string;
  readonly validUntil: string | null;
}

export type IssuerState =
  | { readonly status: 'none' }
  | {
      readonly status: 'registered';
      readonly issuerId: string;
      readonly name: string;
      readonly regionCode: string;
      readonly personInCharge: string;
      readonly handler: string;
      readonly contact: string;
      /** Oldest first; the last one is current. */
      readonly keys: readonly IssuerKey[];
    };

export const issuerDecider: Decider<IssuerState, IssuerCommand, IssuerEvent> = {
  initialState: () => ({ status: 'none' }),
  evolve(state, event) {
    switch (event.type) {
      case 'IssuerRegistered': {
        const d = event.data;
        return {
          status: 'registered',
          issuerId: d.issuerId,
          name: d.name,
          regionCode: d.regionCode,
          personInCharge: d.personInCharge,
          handler: d.handler,
          contact: d.contact,
          keys: [
            {
              keyId: d.keyId,
              publicKeyMultibase: d.publicKeyMultibase,
              validFrom: d.registeredAt,
              validUntil: null,
            },
          ],
        };
      }
      case 'IssuerKeyRotated': {
        if (state.status === 'none') return state;
        const d = event.data;
        return {
          ...state,
          keys: [
            ...state.keys.map((k) => (k.validUntil === null ? { ...k, validUntil: d.rotatedAt } : k)),
            {
              keyId: d.keyId,
              publicKeyMultibase: d.publicKeyMultibase,
              validFrom: d.rotatedAt,
              validUntil: null,
            },
          ],
        };
      }
      default:
        return unreachable(event);
    }
  },
  decide(command, state) {
    const { actor, now } = command.metadata;
    switch (command.type) {
      case 'RegisterIssuer': {
        const d = command.data;
        if (state.status !== 'none') throw new AlreadyExists('issuer', d.issuerId);
        if (!isValidRegionCode(d.regionCode))
          throw validation('regionCode', 'regionCode must be a GB/T 2260 code');
        return [
          {
            type: 'IssuerRegistered',
            data: {
              issuerId: d.issuerId,
              name: requireText('name', d.name),
              regionCode: d.regionCode,
              personInCharge: requireText('personInCharge', d.personInCharge),
              handler: requireText('handler', d.handler),
              contact: requireText('contact', d.contact),
              keyId: d.keyId,
              publicKeyMultibase: d.publicKeyMultibase,
              registeredBy: actor.accountId,
              registeredAt: now,
            },
          },
        ];
      }
      case 'RotateIssuerKey': {
        if (state.status === 'none') throw new NotFound('issuer', command.data.issuerId);
        const current = state.keys[state.keys.length - 1];
        if (state.keys.some((k) => k.keyId === command.data.keyId)) return [];
        return [
          {
            type: 'IssuerKeyRotated',
            data: {
              ...command.data,
              previousKeyId: current.keyId,
              rotatedBy: actor.accountId,
              rotatedAt: now,
            },
          },
        ];
      }
      default:
        return unreachable(command);
    }
  },
};

/** The key that signed at `at`: valid from its start (inclusive) until its successor took over (exclusive). */
export function keyValidAt(keys: readonly IssuerKey[], keyId: string, at: string): boolean {
  const key = keys.find((k) => k.keyId === keyId);
  if (!key) return false;
  const t = Date.parse(at);
  return Date.parse(key.validFrom) <= t && (key.validUntil === null || t < Date.parse(key.validUntil));
}

export interface CertificateNumberState {
  readonly next: number;
  readonly byCertificate: ReadonlyMap<string, string>;
}

/** Numbers `<issuer region>-<year>-<sequence of 6 digits>`, gapless per issuer and year. */
export const certificateNumberDecider: Decider<
  CertificateNumberState,
  AllocateCertificateNumber,
  CertificateNumberAllocated
> = {
  initialState: () => ({ next: 1, byCertificate: new Map() }),
  evolve: (state, event) => ({
    next: event.data.sequence + 1,
    byCertificate: new Map(state.byCertificate).set(event.data.certificateId, event.data.number),
  }),
  decide(command, state) {
    const d = command.data;
    if (state.byCertificate.has(d.certificateId)) return [];
    const sequence = state.next;
    return [
      {
        type: 'CertificateNumberAllocated',
        data: {
          issuerId: d.issuerId,
          year: d.year,
          sequence,
          number: `${d.regionCode}-${d.year}-${String(sequence).padStart(6, '0')}`,
          certificateId: d.certificateId,
        },
      },
    ];
  },
};

export type CertificateState =
  | { readonly status: 'none' }
  | {
      readonly status: 'valid' | 'revoked';
      readonly issued: CertificateIssued['data'];
      readonly revocation: { reason: string; revokedBy: string; revokedAt: string } | null;
    };

export const certificateDecider: Decider<CertificateState, CertificateCommand, CertificateEvent> = {
  initialState: () => ({ status: 'none' }),
  evolve(state, event) {
    switch (event.type) {
      case 'CertificateIssued':
        return { status: 'valid', issued: event.data, revocation: null };
      case 'CertificateRevoked':
        if (state.status === 'none') return state;
        return {
          ...state,
          status: 'revoked',
          revocation: {
            reason: event.data.reason,
            revokedBy: event.data.revokedBy,
            revokedAt: event.data.revokedAt,
          },
        };
      default:
        return unreachable(event);
    }
  },
  decide(command, state) {
    const { actor, now } = command.metadata;
    switch (command.type) {
      case 'IssueCertificate':
        if (state.status !== 'none') throw new AlreadyExists('certificate', command.data.certificateId);
        if (command.data.period.from > command.data.period.to) {
          throw validation('from', 'from must not be after to');
        }
        return [
          { type: 'CertificateIssued', data: { ...command.data, issuedBy: actor.accountId, issuedAt: now } },
        ];
      case 'RevokeCertificate': {
        if (state.status === 'none') throw new NotFound('certificate', command.data.certificateId);
        if (state.status === 'revoked') {
          throw new RuleViolation(
            'CERTIFICATE_ALREADY_REVOKED',
            `certificate ${state.issued.number} is revoked already`,
          );
        }
        return [
          {
            type: 'CertificateRevoked',
            data: {
              certificateId: command.data.certificateId,
              number: state.issued.number,
              reason: requireText('reason', command.data.reason),
              revokedBy: actor.accountId,
              revokedAt: now,
            },
          },
        ];
      }
      default:
        return unreachable(command);
    }
  },
};
