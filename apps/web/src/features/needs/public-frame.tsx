import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../app/language-switch';

/** The public pages' frame: one card, full width on a 375 px phone, no console around it. */
export function PublicFrame({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div style={{ minHeight: '100vh', background: '#f5f7fa', padding: 12, boxSizing: 'border-box' }}>
      <Card style={{ maxWidth: 560, margin: '0 auto' }} styles={{ body: { padding: 16 } }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        {hint && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {hint}
          </Typography.Paragraph>
        )}
        <div style={{ marginTop: 12 }}>{children}</div>
      </Card>
    </div>
  );
}
