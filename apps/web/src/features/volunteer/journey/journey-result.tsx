import { Alert } from 'antd';

/** What the last sign-up step came to, said in words above the volunteer's lists. */
export interface Said {
  readonly type: 'success' | 'info' | 'error';
  readonly text: string;
}

export function JourneyResult({ said, onClose }: { said: Said | undefined; onClose: () => void }) {
  if (!said) return null;
  return (
    <Alert
      type={said.type}
      showIcon
      message={said.text}
      role="status"
      data-testid="journey-result"
      closable
      onClose={onClose}
      style={{ marginBottom: 12 }}
    />
  );
}
