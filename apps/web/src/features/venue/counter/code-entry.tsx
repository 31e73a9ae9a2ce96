import { ScanOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { codeProblem, groupCode, normalizeCode } from '../shared/volunteer-code';
import { counterMessages } from './counter-messages';
import { QrScanner } from '../../../components/camera/qr-scanner';

interface CodeEntryProps {
  /** Called with the 16 digits, spaces removed. */
  readonly onLookup: (code: string) => void;
  readonly busy?: boolean;
}

/** The volunteer's code, typed or scanned with the camera. */
export function CodeEntry({ onLookup, busy }: CodeEntryProps) {
  const t = useMessages(counterMessages);
  const [form] = Form.useForm<{ code: string }>();
  const [scanning, setScanning] = useState(false);

  const scanned = (code: string) => {
    setScanning(false);
    form.setFieldsValue({ code: groupCode(code) });
    onLookup(code);
  };

  return (
    <>
      <Form
        form={form}
        layout="vertical"
        name="volunteer-code"
        onFinish={({ code }) => onLookup(normalizeCode(code))}
      >
        <Form.Item
          label={t('code')}
          name="code"
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                const problem = codeProblem(value);
                if (problem) throw new Error(t(problem));
              },
            },
          ]}
        >
          <Input
            data-testid="volunteer-code-input"
            placeholder={t('codePlaceholder')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={32}
            allowClear
            style={{ fontFamily: 'monospace', fontSize: 18 }}
          />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={busy} autoInsertSpace={false}>
            {t('lookup')}
          </Button>
          <Button icon={<ScanOutlined />} onClick={() => setScanning((on) => !on)} autoInsertSpace={false}>
            {scanning ? t('stopScan') : t('scan')}
          </Button>
        </Space>
      </Form>
      {scanning && (
        <div style={{ marginTop: 16 }}>
          <QrScanner
            accept={(text) => {
              const code = normalizeCode(text);
              return code && !codeProblem(code) ? code : undefined;
            }}
            onCode={scanned}
            hint={t('scanning')}
            describeProblem={(problem) => t(problem)}
          />
        </div>
      )}
    </>
  );
}
