/** Shapes shared across the console. Feature folders declare the shapes only they use. */

export type Role = 'admin' | 'organiser' | 'partner' | 'volunteer' | 'auditor';

export interface Me {
  readonly accountId: string;
  readonly username: string;
  readonly role: Role;
  readonly regionCode: string;
  readonly partnerId?: string;
  readonly volunteerId?: string;
  /** The account still has the initial password an administrator set: the console asks for a new one first. */
  readonly mustChangePassword?: boolean;
}

export interface TokenAnswer {
  readonly accessToken: string;
  readonly tokenType: 'Bearer';
  readonly expiresIn: number;
  readonly mustChangePassword?: boolean;
}

/** Every list endpoint answers a page: `?page=1&pageSize=20` → `{items,total,page,pageSize}`. */
export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}
