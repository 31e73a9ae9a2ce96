import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

/**
 * antd spaces out a two-character Chinese button label (确认 → 确 认); the workflow pages keep the
 * exact words, which people (and the browser tests) look for.
 */
export function ExactButtonTexts({ children }: { children: ReactNode }) {
  return <ConfigProvider button={{ autoInsertSpace: false }}>{children}</ConfigProvider>;
}
