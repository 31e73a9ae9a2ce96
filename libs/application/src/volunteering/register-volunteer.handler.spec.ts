import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlreadyExists, residentIdCheckCharacter } from '@ledger/domain';
import { InMemoryEventStore, type RecordedEvent } from '@ledger/event-store';
import type { CommandContext } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { NoReadModelBarrier } from '../ledger/read-model-barrier';
import { PersonalDataVault } from './personal-data/personal-data-vault';
import { SqliteVolunteerKeyStore } from './personal-data/volunteer-key-store';
import { RegisterVolunteerCommand, type RegisterVolunteerInput } from './register-volunteer.command';
import { RegisterVolunteerHandler } from './register-volunteer.handler';
import { VolunteerNumbers } from './volunteer-numbers';
import type { VolunteerQueries } from './volunteer-queries';

const ID = '41010519900307123' + residentIdCheckCharacter('41010519900307123');
const input: RegisterVolunteerInput = {
  name: '张三',
  idType: 'resident-id',
  idNumber: ID,
  phone: '13812345678',
  regionCode: '410100',
  consent: true,
};
const context = (commandId: string): CommandContext => ({
  commandId,
  correlationId: 'corr',
  causationId: 'cause',
  actor: { accountId: 'acc-admin', role: 'admin', regionCode: '410000' },
  now: new Date('2026-03-10T04:00:00Z'),
});

/** Fails as often as told, then hands out numbers as usual. */
class FlakyNumbers extends VolunteerNumbers {
  failures = 0;
  override async allocate(...args: Parameters<VolunteerNumbers['allocate']>): Promise<string> {
    if (this.failures-- > 0) throw new Error('the disk is full');
    return super.allocate(...args);
  }
}

describe('registering a volunteer (three streams)', () => {
  let dir: string;
  let store: InMemoryEventStore;
  let keys: SqliteVolunteerKeyStore;
  let numbers: FlakyNumbers;
  let handler: RegisterVolunteerHandler;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-register-'));
    store = new InMemoryEventStore();
    keys = SqliteVolunteerKeyStore.open(join(dir, 'keys.sqlite'));
    const runner = new DeciderRunner(store, new NoReadModelBarrier());
    numbers = new FlakyNumbers(runner);
    const queries = { volunteerOf: async (id: string) => ({ id }) } as unknown as VolunteerQueries;
    handler = new RegisterVolunteerHandler(runner, new PersonalDataVault(keys), numbers, queries);
  });
  afterEach(() => {
    keys.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const all = async (): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    for await (const event of store.readAll()) events.push(event);
    return events;
  };
  const register = (commandId: string, data: Partial<RegisterVolunteerInput> = {}) =>
    handler.execute(new RegisterVolunteerCommand({ ...input, ...data }, context(commandId)));

  it('claims the identity, takes a number, registers with sealed data; no event holds the plaintext', async () => {
    const { volunteer, revision } = await register('cmd-1');
    expect(volunteer).toMatchObject({
      volunteerNo: '410100-2026-000001',
      name: '张三',
      phoneMasked: '138****5678',
    });
    expect(revision).toBe(0);
    const events = await all();
    expect(events.map((e) => [e.stream.split('-')[0], e.type])).toEqual([
      ['volunteerIdentity', 'VolunteerIdentityClaimed'],
      ['volunteerNumbers', 'VolunteerNumberAllocated'],
      ['volunteer', 'VolunteerRegistered'],
    ]);
    const text = JSON.stringify(events);
    for (const secret of ['张三', ID, '13812345678', '138****5678']) expect(text).not.toContain(secret);
  });

  it('a retry of the same command registers nothing more', async () => {
    const first = await register('cmd-1');
    const count = (await all()).length;
    expect((await register('cmd-1')).volunteer.id).toBe(first.volunteer.id);
    expect(await all()).toHaveLength(count);
  });

  it('refuses the same ID number again (409) and writes nothing', async () => {
    await register('cmd-1');
    const count = (await all()).length;
    await expect(register('cmd-2', { name: '李四', idNumber: ID.toLowerCase() })).rejects.toBeInstanceOf(
      AlreadyExists,
    );
    expect(await all()).toHaveLength(count);
  });

  it('a registration that fails after the claim gives the claim back; the retry and other registrations then succeed', async () => {
    numbers.failures = 1;
    await expect(register('cmd-1')).rejects.toThrow('the disk is full');
    expect((await all()).map((e) => e.type)).toEqual([
      'VolunteerIdentityClaimed',
      'VolunteerIdentityReleased',
    ]);
    const retried = await register('cmd-1');
    expect(retried.volunteer.volunteerNo).toBe('410100-2026-000001');
    // The identity is held again: a second person with that number is refused.
    await expect(register('cmd-2')).rejects.toBeInstanceOf(AlreadyExists);
  });
});
