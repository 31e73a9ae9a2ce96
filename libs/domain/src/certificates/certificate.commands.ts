import type { Command } from '../decider';
import type { CertificateIssued, IssuerRegistered } from './certificate.events';

export type RegisterIssuer = Command<
  'RegisterIssuer',
  Omit<IssuerRegistered['data'], 'registeredBy' | 'registeredAt'>
>;
export type RotateIssuerKey = Command<
  'RotateIssuerKey',
  { issuerId: string; keyId: string; publicKeyMultibase: string }
>;
export type IssuerCommand = RegisterIssuer | RotateIssuerKey;

export type AllocateCertificateNumber = Command<
  'AllocateCertificateNumber',
  { issuerId: string; regionCode: string; year: number; certificateId: string }
>;

export type IssueCertificate = Command<
  'IssueCertificate',
  Omit<CertificateIssued['data'], 'issuedBy' | 'issuedAt'>
>;
export type RevokeCertificate = Command<'RevokeCertificate', { certificateId: string; reason: string }>;
export type CertificateCommand = IssueCertificate | RevokeCertificate;
