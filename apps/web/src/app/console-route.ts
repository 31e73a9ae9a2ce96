import type { ReactNode } from 'react';
import type { Role } from '../api/types';

/**
 * What a feature contributes to the console: its pages and, for some, a menu entry. Each feature
 * folder exports a list of these from its `routes.tsx`; the shell mounts them under the feature's base
 * path and shows the menu entries to the roles named.
 */
export interface ConsoleRoute {
  /** Relative to the feature's base path ('' is the feature's home). */
  readonly path: string;
  readonly element: ReactNode;
  readonly menu?: {
    readonly icon?: ReactNode;
    readonly label: { readonly zh: string; readonly en: string };
    /** Roles that see the entry; all of the feature's roles when absent. */
    readonly roles?: readonly Role[];
  };
}

export interface ConsoleFeature {
  readonly basePath: '/volunteer' | '/venue' | '/admin';
  readonly roles: readonly Role[];
  readonly routes: readonly ConsoleRoute[];
}
