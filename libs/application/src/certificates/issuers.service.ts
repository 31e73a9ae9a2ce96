import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Actor, isValidRegionCode, NotFound, regionLevel } from '@ledger/domain';
import { type IssuerKey, issuerDecider, type IssuerState, issuerStream } from '@ledger/domain/certificates';
import { assertRegion, assertRole } from '../access/access-policy';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { IssuerKeyStore } from './issuer-key-store';
import { didKeyOf, verificationMethodOf } from './credential/multikey';

export interface IssuerInput {
  readonly name: string;
  readonly regionCode: string;
  readonly personInCharge: string;
  readonly handler: string;
  readonly contact: string;
}

export interface IssuerKeyView {
  readonly id: string;
  readonly type: 'Multikey';
  readonly controller: string;
  readonly publicKeyMultibase: string;
  readonly keyId: string;
  readonly validFrom: string;
  readonly validUntil: string | null;
}

export interface IssuerView extends IssuerInput {
  readonly id: string;
  /** did:key of the current signing key. */
  readonly did: string;
  readonly keys: readonly IssuerKeyView[];
}

export type RegisteredIssuer = Exclude<IssuerState, { status: 'none' }>;

/** One issuing organisation per region: its id spells the region. */
export const issuerIdOf = (regionCode: string): string => `iss-${regionCode}`;

const keyIdFor = (issuerId: string, commandId: string): string =>
  `key-${createHash('sha256').update(`${issuerId}\u0000${commandId}`).digest('hex').slice(0, 24)}`;

export const keyView = (key: IssuerKey): IssuerKeyView => ({
  id: verificationMethodOf(key.publicKeyMultibase),
  type: 'Multikey',
  controller: didKeyOf(key.publicKeyMultibase),
  publicKeyMultibase: key.publicKeyMultibase,
  keyId: key.keyId,
  validFrom: key.validFrom,
  validUntil: key.validUntil,
});

export const issuerView = (state: RegisteredIssuer): IssuerView => ({
  id: state.issuerId,
  name: state.name,
  regionCode: state.regionCode,
  personInCharge: state.personInCharge,
  handler: state.handler,
  contact: state.contact,
  did: didKeyOf(state.keys[state.keys.length - 1].publicKeyMultibase),
  keys: state.keys.map(keyView),
});

/** The region codes from `regionCode` up to its province: 410122 → 410122, 410100, 410000. */
export function regionAndParents(regionCode: string): string[] {
  if (!isValidRegionCode(regionCode)) return [];
  const out = [regionCode];
  const level = regionLevel(regionCode);
  if (level === 'county') out.push(`${regionCode.slice(0, 4)}00`);
  if (level !== 'province') out.push(`${regionCode.slice(0, 2)}0000`);
  return out;
}

@Injectable()
export class IssuersService {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly keys: IssuerKeyStore,
  ) {}

  /** Administrators register the issuing organisation of a region inside their own. */
  async register(
    input: IssuerInput,
    context: CommandContext,
  ): Promise<{ issuer: IssuerView; revision: number }> {
    assertRole(context.actor, 'admin');
    if (isValidRegionCode(input.regionCode)) assertRegion(context.actor, input.regionCode);
    const issuerId = issuerIdOf(input.regionCode);
    const key = this.keys.generate(issuerId, keyIdFor(issuerId, context.commandId), context.now);
    const result = await this.runner.handle(
      issuerDecider,
      issuerStream(issuerId),
      { type: 'RegisterIssuer', data: { issuerId, ...input, ...key }, metadata: commandMetadata(context) },
      context,
    );
    return { issuer: issuerView(result.state as RegisteredIssuer), revision: result.revision };
  }

  /** A new signing key; the old one stays published with its validity period. */
  async rotateKey(
    issuerId: string,
    context: CommandContext,
  ): Promise<{ issuer: IssuerView; revision: number }> {
    assertRole(context.actor, 'admin');
    const current = await this.find(issuerId);
    assertRegion(context.actor, current.regionCode);
    const key = this.keys.generate(issuerId, keyIdFor(issuerId, context.commandId), context.now);
    const result = await this.runner.handle(
      issuerDecider,
      issuerStream(issuerId),
      { type: 'RotateIssuerKey', data: { issuerId, ...key }, metadata: commandMetadata(context) },
      context,
    );
    return { issuer: issuerView(result.state as RegisteredIssuer), revision: result.revision };
  }

  async find(issuerId: string): Promise<RegisteredIssuer> {
    const { state } = await this.runner.current(issuerDecider, issuerStream(issuerId));
    if (state.status === 'none') throw new NotFound('issuer', issuerId);
    return state;
  }

  async findOrNull(issuerId: string): Promise<RegisteredIssuer | null> {
    const { state } = await this.runner.current(issuerDecider, issuerStream(issuerId));
    return state.status === 'none' ? null : state;
  }

  async view(issuerId: string): Promise<{ issuer: IssuerView; revision: number }> {
    const { state, revision } = await this.runner.current(issuerDecider, issuerStream(issuerId));
    if (state.status === 'none') throw new NotFound('issuer', issuerId);
    return { issuer: issuerView(state), revision };
  }

  /** The nearest issuer at or above the region: a county without its own 科协 issues through its city's. */
  async nearestTo(regionCode: string): Promise<RegisteredIssuer | null> {
    for (const code of regionAndParents(regionCode)) {
      const issuer = await this.findOrNull(issuerIdOf(code));
      if (issuer) return issuer;
    }
    return null;
  }

  /** Read-only access for routes that need an actor (GET /issuers/{id}). */
  async readable(actor: Actor, issuerId: string): Promise<{ issuer: IssuerView; revision: number }> {
    assertRole(actor, 'admin', 'organiser', 'auditor', 'volunteer', 'partner');
    return this.view(issuerId);
  }
}
