import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  activityDecider,
  activityStream,
  businessDateOf,
  incentiveLedgerOf,
  isCalendarDate,
  NotFound,
  RuleViolation,
  serviceRecordsOf,
  volunteerDecider,
  volunteerStream,
  type VolunteerEvent,
} from '@ledger/domain';
import {
  certificateDecider,
  type CertificateIssued,
  certificateNumberDecider,
  certificateNumberStream,
  type CertificateState,
  certificateStream,
  keyValidAt,
} from '@ledger/domain/certificates';
import { EVENT_STORE, type EventStore, plainEventHash, UpcasterChain } from '@ledger/event-store';
import { VolunteersReadModel } from '@ledger/projections';
import { CertificatesReadModel } from '@ledger/projections/certificates';
import { AccessDenied, assertRegion, assertRole } from '../access/access-policy';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { stepContext } from '../volunteering/step-context';
import { VolunteerQueries } from '../volunteering/volunteer-queries';
import type { CertificateDocument } from './certificate-document';
import {
  type CredentialIssuer,
  type CredentialPerson,
  statusListUrl,
  totalsOf,
  unsignedCredential,
  VC_V2_CONTEXT,
  verifyUrlOf,
} from './credential/credential';
import { attachProof, proofValueFor, signDocument, verifyDocument } from './credential/eddsa-jcs-2022';
import { didKeyOf, verificationMethodOf } from './credential/multikey';
import { encodeStatusList } from './credential/status-list';
import { IssuerKeyStore } from './issuer-key-store';
import { IssuersService, type RegisteredIssuer } from './issuers.service';

export interface IssueCertificateInput {
  readonly volunteerId: string;
  readonly from?: string;
  readonly to?: string;
  readonly purpose?: string;
}

export type VerifyStatus = 'valid' | 'revoked' | 'unknown';

export interface VerifyByNumberResult {
  readonly valid: boolean;
  readonly status: VerifyStatus;
  readonly certificate?: CertificateDocument;
}

export interface CredentialChecks {
  readonly signature: boolean;
  readonly issuer: boolean;
  readonly revocation: boolean;
  readonly anchor: boolean;
}

export interface VerifyCredentialResult {
  readonly valid: boolean;
  readonly checks: CredentialChecks;
  readonly reason?: string;
}

export const CERTIFICATE_NUMBER_FORMAT = /^(\d{6})-(\d{4})-(\d{6})$/;
export const CERTIFICATE_ID_FORMAT = /^crt-[0-9a-f]{24}$/;
export const PURPOSE_MAX_LENGTH = 200;

const certificateIdFor = (commandId: string): string =>
  `crt-${createHash('sha256').update(`certificate\u0000${commandId}`).digest('hex').slice(0, 24)}`;

const validation = (field: string, message: string): RuleViolation =>
  new RuleViolation('VALIDATION_FAILED', message, { errors: [{ field, message }] });

const objectOf = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

type Issued = Extract<CertificateState, { status: 'valid' | 'revoked' }>;

/**
 * Certificates (志愿服务记录证明): issued from the facts on the volunteer's stream, numbered per issuer
 * and year, signed by the issuer's key as a W3C credential, revoked with a reason, verified by anyone.
 */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly issuers: IssuersService,
    private readonly keys: IssuerKeyStore,
    private readonly volunteers: VolunteersReadModel,
    private readonly certificates: CertificatesReadModel,
    private readonly volunteerQueries: VolunteerQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly upcasters: UpcasterChain,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  /** Administrators of the volunteer's region issue; a volunteer account may ask for its own. */
  private assertMayIssue(actor: Actor, volunteerId: string, volunteerRegion: string): void {
    if (actor.role === 'volunteer') {
      if (actor.volunteerId !== volunteerId)
        throw new AccessDenied('a volunteer account asks only for its own');
      return;
    }
    assertRole(actor, 'admin');
    assertRegion(actor, volunteerRegion);
  }

  async issue(
    input: IssueCertificateInput,
    context: CommandContext,
  ): Promise<{ document: CertificateDocument; revision: number }> {
    const row = this.volunteers.findById(input.volunteerId);
    if (!row) throw new NotFound('volunteer', input.volunteerId);
    this.assertMayIssue(context.actor, input.volunteerId, row.region_code);
    if (row.status === 'forgotten') {
      throw new RuleViolation('VOLUNTEER_FORGOTTEN', `volunteer ${input.volunteerId} has been forgotten`);
    }
    const today = businessDateOf(context.now);
    const to = input.to ?? today;
    if (input.from !== undefined && !isCalendarDate(input.from)) {
      throw validation('from', 'from must be a date YYYY-MM-DD');
    }
    if (!isCalendarDate(to)) throw validation('to', 'to must be a date YYYY-MM-DD');
    if (input.from !== undefined && input.from > to) throw validation('from', 'from must not be after to');
    if (to > today) throw new RuleViolation('DATE_IN_FUTURE', `to ${to} is after today`, { field: 'to' });
    const purpose = input.purpose?.trim() || null;
    if (purpose && purpose.length > PURPOSE_MAX_LENGTH) {
      throw validation('purpose', `purpose must be at most ${PURPOSE_MAX_LENGTH} characters`);
    }

    const issuerRegion = context.actor.role === 'volunteer' ? row.region_code : context.actor.regionCode;
    const issuer = await this.issuers.nearestTo(issuerRegion);
    if (!issuer) {
      throw new RuleViolation(
        'NO_ISSUER',
        `no issuing organisation is registered for region ${issuerRegion}`,
      );
    }
    const key = issuer.keys[issuer.keys.length - 1];
    const privateKey = this.keys.privateKey(key.keyId);
    if (!privateKey) throw new Error(`the signing key ${key.keyId} of issuer ${issuer.issuerId} is missing`);

    // The facts, from the volunteer's stream as it stands, and the position they were read at.
    const stream = volunteerStream(input.volunteerId);
    const loaded = await this.runner.load(volunteerDecider, stream);
    const last = loaded.events[loaded.events.length - 1];
    const anchor = { stream, revision: last.revision, hash: last.hash };
    const counted = [...serviceRecordsOf(loaded.state).values()].filter(
      (r) => r.status === 'confirmed' && r.serviceDate <= to,
    );
    // No period asked for: from the first day of service (the Beijing date the earliest counted record
    // started on); with no confirmed service at all, the period is the one day up to which there is none.
    const from =
      input.from ??
      counted.reduce((earliest, r) => (r.serviceDate < earliest ? r.serviceDate : earliest), to);
    const confirmed = counted
      .filter((r) => r.serviceDate >= from)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.recordId.localeCompare(b.recordId));
    const titles = new Map<string, string>();
    for (const activityId of new Set(confirmed.map((r) => r.activityId))) {
      const { state } = await this.runner.current(activityDecider, activityStream(activityId));
      titles.set(activityId, state.status === 'none' ? activityId : state.title);
    }
    const events = loaded.events as unknown as VolunteerEvent[];
    const trainings: CertificateIssued['data']['trainings'] = [];
    const commendations: CertificateIssued['data']['commendations'] = [];
    for (const event of events) {
      if (
        event.type === 'TrainingRecorded' &&
        event.data.completedOn >= from &&
        event.data.completedOn <= to
      ) {
        const { trainingId, course, completedOn, minutes } = event.data;
        trainings.push({ trainingId, course, completedOn, minutes });
      }
      if (
        event.type === 'CommendationRecorded' &&
        event.data.awardedOn >= from &&
        event.data.awardedOn <= to
      ) {
        const { commendationId, title, awardedBy, awardedOn } = event.data;
        commendations.push({ commendationId, title, awardedBy, awardedOn });
      }
    }

    const certificateId = certificateIdFor(context.commandId);
    const year = Number(today.slice(0, 4));
    const numberStep = stepContext(context, 'certificate-number');
    const allocated = await this.runner.handle(
      certificateNumberDecider,
      certificateNumberStream(issuer.issuerId, year),
      {
        type: 'AllocateCertificateNumber',
        data: { issuerId: issuer.issuerId, regionCode: issuer.regionCode, year, certificateId },
        metadata: commandMetadata(numberStep),
      },
      numberStep,
    );
    const number = allocated.state.byCertificate.get(certificateId)!;
    const sequence = Number(number.slice(-6));
    const issuedAt = context.now.toISOString();

    const facts: Omit<CertificateIssued['data'], 'issuedBy' | 'proofValue'> = {
      certificateId,
      number,
      issuerId: issuer.issuerId,
      keyId: key.keyId,
      volunteerId: input.volunteerId,
      volunteerNo: row.volunteer_no,
      purpose,
      period: { from, to },
      records: confirmed.map((r) => ({
        recordId: r.recordId,
        activityId: r.activityId,
        activity: titles.get(r.activityId) ?? r.activityId,
        date: r.serviceDate,
        startedAt: r.startedAt,
        endedAt: r.endedAt,
        minutes: r.minutes,
        content: r.content,
      })),
      trainings,
      commendations,
      starLevel: incentiveLedgerOf(loaded.state).starLevel,
      anchor,
      statusList: year,
      statusListIndex: sequence,
      publicUrl: this.config.publicUrl,
      proofCreated: issuedAt,
      issuedAt,
    };
    const person = await this.personOf(input.volunteerId);
    const unsigned = unsignedCredential(
      { ...facts, issuedBy: context.actor.accountId, proofValue: '' },
      person,
      this.credentialIssuer(issuer, key.publicKeyMultibase),
      this.config.publicUrl,
    );
    const proofValue = proofValueFor(
      unsigned,
      { verificationMethod: verificationMethodOf(key.publicKeyMultibase), created: issuedAt },
      privateKey,
    );
    const result = await this.runner.handle(
      certificateDecider,
      certificateStream(certificateId),
      { type: 'IssueCertificate', data: { ...facts, proofValue }, metadata: commandMetadata(context) },
      context,
    );
    return { document: await this.documentOf(result.state as Issued, issuer), revision: result.revision };
  }

  async get(
    actor: Actor,
    certificateId: string,
  ): Promise<{ document: CertificateDocument; revision: number }> {
    const { state, revision } = await this.load(certificateId);
    const row = this.volunteers.findById(state.issued.volunteerId);
    if (actor.role === 'volunteer') {
      if (actor.volunteerId !== state.issued.volunteerId)
        throw new AccessDenied('a volunteer account reads only its own');
    } else {
      assertRole(actor, 'admin', 'organiser', 'auditor');
      assertRegion(actor, row?.region_code ?? state.issued.issuerId.slice(4));
    }
    return { document: await this.documentOf(state), revision };
  }

  async revoke(
    certificateId: string,
    reason: string,
    context: CommandContext,
    expectedRevision?: number,
  ): Promise<{ document: CertificateDocument; revision: number }> {
    const { state } = await this.load(certificateId);
    assertRole(context.actor, 'admin');
    const row = this.volunteers.findById(state.issued.volunteerId);
    assertRegion(context.actor, row?.region_code ?? state.issued.issuerId.slice(4));
    const result = await this.runner.handle(
      certificateDecider,
      certificateStream(certificateId),
      { type: 'RevokeCertificate', data: { certificateId, reason }, metadata: commandMetadata(context) },
      context,
      { expectedRevision },
    );
    return { document: await this.documentOf(result.state as Issued), revision: result.revision };
  }

  /** Public: a certificate by its number. */
  async verifyNumber(number: string): Promise<VerifyByNumberResult> {
    const certificateId = this.idOfNumber(number);
    if (!certificateId) return { valid: false, status: 'unknown' };
    const { state } = await this.runner.current(certificateDecider, certificateStream(certificateId));
    if (state.status === 'none') return { valid: false, status: 'unknown' };
    const certificate = await this.documentOf(state);
    return { valid: state.status === 'valid', status: state.status, certificate };
  }

  /** Public: every check of a credential, each on its own. */
  async verifyCredential(credential: unknown): Promise<VerifyCredentialResult> {
    const reasons: string[] = [];
    const signature = verifyDocument(credential);
    if (!signature.verified) reasons.push(`signature: ${signature.reason}`);
    const doc = objectOf(credential);
    const docIssuer = objectOf(doc.issuer);
    const subject = objectOf(doc.credentialSubject);

    // issuer: a registered issuer whose key, named by the proof, was valid when the proof was made.
    let issuerOk = false;
    const issuerId = textOf(docIssuer.issuerId);
    const issuer = issuerId ? await this.issuers.findOrNull(issuerId) : null;
    const proof = objectOf(doc.proof);
    const vm = typeof proof.verificationMethod === 'string' ? proof.verificationMethod : '';
    const created = typeof proof.created === 'string' ? proof.created : '';
    if (!issuer) reasons.push(`issuer: ${issuerId || '(none)'} is not a registered issuer`);
    else {
      const key = issuer.keys.find((k) => verificationMethodOf(k.publicKeyMultibase) === vm);
      if (!key) reasons.push(`issuer: the signing key is not a key of issuer ${issuer.issuerId}`);
      else if (docIssuer.id !== didKeyOf(key.publicKeyMultibase))
        reasons.push('issuer: issuer.id is not the signing key');
      else if (!keyValidAt(issuer.keys, key.keyId, created)) {
        reasons.push(`issuer: the key was not valid at ${created || '(no date)'}`);
      } else if (docIssuer.name !== issuer.name)
        reasons.push('issuer: the name differs from the registered issuer');
      else issuerOk = true;
    }

    // revocation: the ledger knows the certificate under this number and has not revoked it.
    let revocationOk = false;
    const id = textOf(doc.id).startsWith('urn:uuid:') ? textOf(doc.id).slice(9) : '';
    const number = subject.certificateNumber;
    const state = CERTIFICATE_ID_FORMAT.test(id)
      ? (await this.runner.current(certificateDecider, certificateStream(id))).state
      : ({ status: 'none' } as const);
    if (state.status === 'none' || state.issued.number !== number) {
      reasons.push('revocation: the ledger has issued no certificate with this id and number');
    } else if (state.status === 'revoked') {
      reasons.push(`revocation: revoked on ${state.revocation?.revokedAt}: ${state.revocation?.reason}`);
    } else revocationOk = true;

    // anchor: the volunteer's stream still holds that revision, and it still hashes to that hash.
    const anchorCheck = await this.checkAnchor(subject.anchor);
    if (anchorCheck) reasons.push(`anchor: ${anchorCheck}`);

    const checks = {
      signature: signature.verified,
      issuer: issuerOk,
      revocation: revocationOk,
      anchor: !anchorCheck,
    };
    const valid = checks.signature && checks.issuer && checks.revocation && checks.anchor;
    return valid ? { valid, checks } : { valid, checks, reason: reasons.join('; ') };
  }

  /** Null when the anchor matches the ledger; otherwise why not. */
  private async checkAnchor(anchor: unknown): Promise<string | null> {
    const a = anchor as { stream?: unknown; revision?: unknown; hash?: unknown } | undefined;
    if (!a || typeof a.stream !== 'string' || !Number.isInteger(a.revision) || typeof a.hash !== 'string') {
      return 'the credential names no ledger position';
    }
    if (!a.stream.startsWith('volunteer-')) return 'the anchor is not a volunteer stream';
    // The chain from the stream's first event up to the anchor must still hold: every event hashes to
    // its recorded hash and names its predecessor's, and the anchored one has the credential's hash.
    let previous: string | null = null;
    for await (const raw of this.store.readStream(a.stream, { maxCount: (a.revision as number) + 1 })) {
      if (raw.prevHash !== previous || plainEventHash(raw) !== raw.hash) {
        return `the event at revision ${raw.revision} was altered after it was written`;
      }
      previous = raw.hash;
      if (raw.revision === a.revision) {
        return raw.hash === a.hash ? null : `revision ${raw.revision} has another hash in the ledger`;
      }
    }
    return `the stream has no revision ${String(a.revision)}`;
  }

  /** Public: the signed revocation list of an issuer for one year. */
  async statusListCredential(issuerId: string, list: number, now: Date): Promise<Record<string, unknown>> {
    const issuer = await this.issuers.find(issuerId);
    const revoked = this.certificates.revokedIndices(issuerId, list);
    const key = issuer.keys[issuer.keys.length - 1];
    const privateKey = this.keys.privateKey(key.keyId);
    if (!privateKey) throw new Error(`the signing key ${key.keyId} of issuer ${issuerId} is missing`);
    const url = statusListUrl(this.config.publicUrl, issuerId, list);
    const validFrom = new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString();
    return signDocument(
      {
        '@context': [VC_V2_CONTEXT],
        id: url,
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: { id: didKeyOf(key.publicKeyMultibase), name: issuer.name, issuerId },
        validFrom,
        credentialSubject: {
          id: `${url}#list`,
          type: 'BitstringStatusList',
          statusPurpose: 'revocation',
          encodedList: encodeStatusList(revoked),
        },
      },
      { verificationMethod: verificationMethodOf(key.publicKeyMultibase), created: validFrom },
      privateKey,
    );
  }

  private idOfNumber(number: string): string | null {
    if (!CERTIFICATE_NUMBER_FORMAT.test(number)) return null;
    return this.certificates.findByNumber(number)?.certificate_id ?? null;
  }

  private async load(certificateId: string): Promise<{ state: Issued; revision: number }> {
    const { state, revision } = await this.runner.current(
      certificateDecider,
      certificateStream(certificateId),
    );
    if (state.status === 'none') throw new NotFound('certificate', certificateId);
    return { state, revision };
  }

  private async personOf(volunteerId: string): Promise<CredentialPerson> {
    const view = await this.volunteerQueries.volunteerOf(volunteerId);
    return { name: view.name, idType: view.idType, idNumberMasked: view.idNumberMasked };
  }

  private credentialIssuer(issuer: RegisteredIssuer, publicKeyMultibase: string): CredentialIssuer {
    return {
      issuerId: issuer.issuerId,
      name: issuer.name,
      regionCode: issuer.regionCode,
      publicKeyMultibase,
    };
  }

  /** The certificate as shown and printed; its credential is rebuilt from the event and the stored proof. */
  async documentOf(state: Issued, knownIssuer?: RegisteredIssuer): Promise<CertificateDocument> {
    const issued = state.issued;
    const issuer = knownIssuer ?? (await this.issuers.find(issued.issuerId));
    const key = issuer.keys.find((k) => k.keyId === issued.keyId)!;
    const person = await this.personOf(issued.volunteerId);
    const options = {
      verificationMethod: verificationMethodOf(key.publicKeyMultibase),
      created: issued.proofCreated,
    };
    const credential = attachProof(
      unsignedCredential(
        issued,
        person,
        this.credentialIssuer(issuer, key.publicKeyMultibase),
        issued.publicUrl,
      ),
      options,
      issued.proofValue,
    );
    const notes = [
      '本证明依据志愿服务记录出具，服务时长以已确认记录为准。',
      '可扫描二维码或访问核验地址在线核验本证明的真实性与有效性。',
    ];
    if (state.status === 'revoked') notes.push(`本证明已撤销：${state.revocation?.reason ?? ''}`);
    return {
      id: issued.certificateId,
      number: issued.number,
      issuedAt: issued.issuedAt,
      issuedOn: businessDateOf(issued.issuedAt),
      status: state.status,
      revocation: state.revocation,
      purpose: issued.purpose,
      volunteer: {
        id: issued.volunteerId,
        name: person.name,
        idType: person.idType,
        idNumberMasked: person.idNumberMasked,
        volunteerNo: issued.volunteerNo,
      },
      period: issued.period,
      totals: totalsOf(issued),
      records: issued.records,
      trainings: issued.trainings,
      commendations: issued.commendations,
      starLevel: issued.starLevel,
      issuer: {
        id: issuer.issuerId,
        name: issuer.name,
        regionCode: issuer.regionCode,
        personInCharge: issuer.personInCharge,
        handler: issuer.handler,
        contact: issuer.contact,
        did: didKeyOf(key.publicKeyMultibase),
        verificationMethod: options.verificationMethod,
      },
      anchor: issued.anchor,
      credential,
      verifyUrl: verifyUrlOf(this.config.publicUrl, issued.number),
      notes,
    };
  }
}
