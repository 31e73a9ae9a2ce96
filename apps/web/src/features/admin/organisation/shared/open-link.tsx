import { Button } from 'antd';
import type { ReactNode } from 'react';

/** A name in a table that opens its details: a real button (keyboard and screen readers), drawn as a link. */
export function OpenLink({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button
      type="link"
      size="small"
      onClick={onClick}
      style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
    >
      {children}
    </Button>
  );
}
