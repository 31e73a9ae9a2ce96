import { Injectable } from '@nestjs/common';
import { type SealedData } from '@ledger/domain';
import { open, seal } from '../volunteering/personal-data/personal-data-cipher';
import { VolunteerKeyStore } from '../volunteering/personal-data/volunteer-key-store';

export interface NeedContact {
  readonly name: string;
  readonly phone: string;
}

const CONTACT = 'need-contact';
/** Needs keep their keys beside the volunteers', each under its own id. */
const keyIdOf = (needId: string): string => `need:${needId}`;

/**
 * The requester's name and phone, sealed under a key of the need's own in the personal-data key
 * store (the one volunteers' data uses). Destroying the key erases the contact from every event.
 */
@Injectable()
export class NeedContactVault {
  constructor(private readonly keys: VolunteerKeyStore) {}

  seal(needId: string, contact: NeedContact): SealedData {
    const keyId = keyIdOf(needId);
    return seal(this.keys.createKey(keyId), keyId, CONTACT, contact);
  }

  /** The contact, or null once the need's key is destroyed. */
  open(needId: string, sealed: SealedData): NeedContact | null {
    const key = this.keys.findKey(keyIdOf(needId));
    return key ? open<NeedContact>(key, sealed, CONTACT) : null;
  }

  forget(needId: string): void {
    this.keys.destroyKey(keyIdOf(needId));
  }
}
