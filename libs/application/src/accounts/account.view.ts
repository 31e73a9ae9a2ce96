import type { AccountRow } from '@ledger/projections';

/** What the API shows of an account: never the password hash. */
export interface AccountView {
  readonly id: string;
  readonly username: string;
  readonly role: string;
  readonly regionCode: string;
  readonly partnerId: string | null;
  readonly volunteerId: string | null;
  readonly status: 'active' | 'disabled';
  readonly registeredAt: string;
  /** The password in use was set by someone else: the holder must change it at the next sign-in. */
  readonly mustChangePassword: boolean;
}

export const toAccountView = (row: AccountRow): AccountView => ({
  id: row.account_id,
  username: row.username,
  role: row.role,
  regionCode: row.region_code,
  partnerId: row.partner_id,
  volunteerId: row.volunteer_id,
  status: row.status,
  registeredAt: row.registered_at,
  mustChangePassword: row.must_change_password === 1,
});
