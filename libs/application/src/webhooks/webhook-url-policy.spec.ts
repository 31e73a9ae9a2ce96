import { checkWebhookUrl, isPublicAddress, type Resolver } from './webhook-url-policy';
import { createHmac } from 'node:crypto';
import { loadLedgerConfig } from '../config/ledger-config';
import { deliveredData, retryDelayMs, signatureOf } from './webhook-dispatcher';

const resolver =
  (answers: Record<string, string[]>): Resolver =>
  async (host) => {
    const found = answers[host];
    if (!found) throw new Error(`ENOTFOUND ${host}`);
    return found;
  };

describe('webhook URLs: no request forgery into the network', () => {
  it.each([
    ['8.8.8.8', true],
    ['93.184.216.34', true],
    ['2606:4700:4700::1111', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.20.0.1', false],
    ['192.168.0.10', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['::1', false],
    ['::', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['::ffff:8.8.8.8', true],
    ['fe80::1', false],
    ['fd12:3456::1', false],
    ['not-an-address', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  const answers = resolver({
    'hooks.example.org': ['93.184.216.34'],
    'inside.example.org': ['10.0.0.5'],
    'both.example.org': ['93.184.216.34', '192.168.1.1'],
    'sms-gw.internal': ['10.0.0.9'],
  });

  it('accepts https to a name that resolves to public addresses only', async () => {
    await expect(checkWebhookUrl('https://hooks.example.org/ledger', [], answers)).resolves.toBeInstanceOf(
      URL,
    );
  });

  it.each([
    ['a name resolving to a private address', 'https://inside.example.org/x'],
    ['a name with one private address among public ones', 'https://both.example.org/x'],
    ['a name that does not resolve', 'https://nowhere.example.org/x'],
    ['plain http to a public host', 'http://hooks.example.org/x'],
    ['a private IP literal', 'https://10.0.0.5/x'],
  ])('refuses %s', async (_what, url) => {
    await expect(checkWebhookUrl(url, [], answers)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('a host of LEDGER_WEBHOOK_ALLOW_HOSTS may be private and plain http', async () => {
    await expect(
      checkWebhookUrl('http://sms-gw.internal/send', ['sms-gw.internal'], answers),
    ).resolves.toBeInstanceOf(URL);
    await expect(checkWebhookUrl('http://127.0.0.1:8080/x', ['127.0.0.1'], answers)).resolves.toBeInstanceOf(
      URL,
    );
    await expect(checkWebhookUrl('ftp://127.0.0.1/x', ['127.0.0.1'], answers)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('deliveries', () => {
  it('sign the raw body with HMAC-SHA256', () => {
    expect(signatureOf('key', '{"a":1}')).toBe(
      'sha256=' + createHmac('sha256', 'key').update('{"a":1}').digest('hex'),
    );
  });

  it('carry no password hash and no sealed ciphertext', () => {
    expect(
      deliveredData({
        accountId: 'acc-1',
        passwordHash: 'scrypt$…',
        personalData: { scheme: 'aes-256-gcm/v1', keyId: 'k', iv: 'i', ciphertext: 'c', tag: 't' },
        nested: [{ comment: { scheme: 'aes-256-gcm/v1', ciphertext: 'c' } }],
      }),
    ).toEqual({
      accountId: 'acc-1',
      personalData: { sealed: true },
      nested: [{ comment: { sealed: true } }],
    });
  });

  it('back off 1 s, 2 s, 4 s … up to 10 minutes', () => {
    expect([1, 2, 3, 4, 12].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 600_000]);
  });
});

describe('LEDGER_WEBHOOK_ALLOW_HOSTS', () => {
  it('is a comma-separated list of names or addresses, lower-cased; unset is none', () => {
    expect(
      loadLedgerConfig({ LEDGER_WEBHOOK_ALLOW_HOSTS: ' 127.0.0.1 , SMS-GW.internal,' }).webhookAllowHosts,
    ).toEqual(['127.0.0.1', 'sms-gw.internal']);
    expect(loadLedgerConfig({}).webhookAllowHosts).toEqual([]);
  });

  it('refuses anything else, naming the variable', () => {
    expect(() => loadLedgerConfig({ LEDGER_WEBHOOK_ALLOW_HOSTS: 'https://sms-gw.internal' })).toThrow(
      /LEDGER_WEBHOOK_ALLOW_HOSTS must be/,
    );
  });
});
