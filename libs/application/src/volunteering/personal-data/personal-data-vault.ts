import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type IdType,
  normalizeIdNumber,
  normalizePhone,
  type PersonalProfile,
  RuleViolation,
  type SealedData,
} from '@ledger/domain';
import { open, seal } from './personal-data-cipher';
import { VolunteerKeyStore } from './volunteer-key-store';

const PROFILE = 'profile';
const commentPurpose = (evaluationId: string) => `evaluation-comment\u0000${evaluationId}`;

/**
 * Seals personal data into events and opens it for the moment of a response. Once a volunteer's
 * key is destroyed nothing opens again: callers get null and show the person as forgotten.
 */
@Injectable()
export class PersonalDataVault {
  constructor(private readonly keys: VolunteerKeyStore) {}

  sealProfile(volunteerId: string, profile: PersonalProfile): SealedData {
    return seal(this.keys.createKey(volunteerId), volunteerId, PROFILE, profile);
  }

  openProfile(volunteerId: string, sealed: SealedData): PersonalProfile | null {
    const key = this.keys.findKey(volunteerId);
    return key ? open<PersonalProfile>(key, sealed, PROFILE) : null;
  }

  sealComment(volunteerId: string, evaluationId: string, comment: string): SealedData {
    const key = this.keys.findKey(volunteerId);
    if (!key) throw new RuleViolation('VOLUNTEER_FORGOTTEN', `volunteer ${volunteerId} has been forgotten`);
    return seal(key, volunteerId, commentPurpose(evaluationId), comment);
  }

  openComment(volunteerId: string, evaluationId: string, sealed: SealedData): string | null {
    const key = this.keys.findKey(volunteerId);
    return key ? open<string>(key, sealed, commentPurpose(evaluationId)) : null;
  }

  /**
   * The tag that names a person's identity stream: HMAC-SHA256 under a secret kept with the keys,
   * so the log (or an export of it) cannot be searched for an ID number without that secret.
   */
  identityTag(idType: IdType, idNumber: string): string {
    return createHmac('sha256', this.keys.identitySecret())
      .update(`${idType}\u0000${normalizeIdNumber(idNumber)}`)
      .digest('hex')
      .slice(0, 32);
  }

  /**
   * The tag a phone number is searched by: HMAC-SHA256 under the same secret, with its own purpose,
   * of the normalized number (`+86 138 1234 5678` and `13812345678` tag alike). A list keeps the tag,
   * never the number.
   */
  phoneTag(phone: string): string {
    return createHmac('sha256', this.keys.identitySecret())
      .update(`phone\u0000${normalizePhone(phone)}`)
      .digest('hex')
      .slice(0, 32);
  }

  forget(volunteerId: string): void {
    this.keys.destroyKey(volunteerId);
  }
}
