import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PersonalProfile } from '@ledger/domain';
import { open, seal } from './personal-data-cipher';
import { PersonalDataVault } from './personal-data-vault';
import { KEY_STORE_FILE, SqliteVolunteerKeyStore } from './volunteer-key-store';

const profile: PersonalProfile = {
  name: '张三',
  idType: 'resident-id',
  idNumber: '11010519491231002X',
  idNumberMasked: '1101**********002X',
  phone: '13812345678',
  phoneMasked: '138****5678',
};

describe('sealing personal data (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('opens what it sealed; the sealed form shows none of the plaintext', () => {
    const sealed = seal(key, 'vol-1', 'profile', profile);
    expect(sealed).toEqual({
      scheme: 'aes-256-gcm/v1',
      keyId: 'vol-1',
      iv: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/),
      ciphertext: expect.any(String),
      tag: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
    });
    const text = JSON.stringify(sealed);
    for (const secret of ['张三', '11010519491231002X', '13812345678', '138****5678', '1101**'])
      expect(text).not.toContain(secret);
    expect(open(key, sealed, 'profile')).toEqual(profile);
  });

  it('uses a fresh nonce every time', () => {
    expect(seal(key, 'vol-1', 'profile', profile).iv).not.toBe(seal(key, 'vol-1', 'profile', profile).iv);
  });

  it('refuses another key, another volunteer, another purpose and any changed byte', () => {
    const sealed = seal(key, 'vol-1', 'profile', profile);
    expect(() => open(randomBytes(32), sealed, 'profile')).toThrow();
    expect(() => open(key, { ...sealed, keyId: 'vol-2' }, 'profile')).toThrow();
    expect(() => open(key, sealed, 'comment')).toThrow();
    const bytes = Buffer.from(sealed.ciphertext, 'base64url');
    bytes[0] ^= 1;
    expect(() => open(key, { ...sealed, ciphertext: bytes.toString('base64url') }, 'profile')).toThrow();
  });
});

describe('the key store and the vault', () => {
  let dir: string;
  let store: SqliteVolunteerKeyStore;
  let vault: PersonalDataVault;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-keys-'));
    store = SqliteVolunteerKeyStore.open(join(dir, KEY_STORE_FILE));
    vault = new PersonalDataVault(store);
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps its file readable by the owner only', () => {
    expect(statSync(join(dir, KEY_STORE_FILE)).mode & 0o777).toBe(0o600);
  });

  it('creates one key per volunteer; asking again returns the same key', () => {
    const first = store.createKey('vol-1');
    expect(first).toHaveLength(32);
    expect(store.createKey('vol-1')).toEqual(first);
    expect(store.createKey('vol-2')).not.toEqual(first);
  });

  it('seals and opens a profile and a comment with the volunteer key', () => {
    const sealed = vault.sealProfile('vol-1', profile);
    expect(vault.openProfile('vol-1', sealed)).toEqual(profile);
    const comment = vault.sealComment('vol-1', 'evl-1', '表现优秀');
    expect(vault.openComment('vol-1', 'evl-1', comment)).toBe('表现优秀');
    expect(() => vault.openComment('vol-1', 'evl-2', comment)).toThrow();
  });

  it('forgetting destroys the key: nothing opens again, the bytes are gone from the file, and it is never re-created', () => {
    const sealed = vault.sealProfile('vol-1', profile);
    const key = store.findKey('vol-1')!;
    const file = join(dir, KEY_STORE_FILE);
    expect(readFileSync(file).includes(key)).toBe(true);
    vault.forget('vol-1');
    expect(vault.openProfile('vol-1', sealed)).toBeNull();
    expect(store.findKey('vol-1')).toBeUndefined();
    expect(readFileSync(file).includes(key)).toBe(false);
    expect(() => store.createKey('vol-1')).toThrow(/destroyed/);
    expect(() => vault.sealComment('vol-1', 'evl-1', 'x')).toThrow(
      expect.objectContaining({ code: 'VOLUNTEER_FORGOTTEN' }),
    );
  });

  it('keeps keys across reopening', () => {
    const sealed = vault.sealProfile('vol-1', profile);
    store.close();
    store = SqliteVolunteerKeyStore.open(join(dir, KEY_STORE_FILE));
    expect(new PersonalDataVault(store).openProfile('vol-1', sealed)).toEqual(profile);
  });

  it('tags an identity with a keyed hash: stable, normalized, and different per type and number', () => {
    const tag = vault.identityTag('resident-id', '11010519491231002X');
    expect(tag).toMatch(/^[0-9a-f]{32}$/);
    expect(vault.identityTag('resident-id', ' 11010519491231002x ')).toBe(tag);
    expect(vault.identityTag('passport', '11010519491231002X')).not.toBe(tag);
    expect(vault.identityTag('resident-id', '110105194912310039')).not.toBe(tag);
    const elsewhere = SqliteVolunteerKeyStore.open(join(dir, 'other.sqlite'));
    expect(new PersonalDataVault(elsewhere).identityTag('resident-id', '11010519491231002X')).not.toBe(tag);
    elsewhere.close();
  });
});
