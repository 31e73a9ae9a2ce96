import { Alert, Button, Descriptions, Modal, Typography } from 'antd';
import { useMessages } from '../../../../i18n/messages';
import { accountsMessages } from './accounts-messages';

/**
 * The one time an initial password is shown: after a reset, or after a login was created for a
 * volunteer. It can be copied; once closed it cannot be seen again (the ledger keeps only its hash).
 */
export function InitialPasswordDialog({
  shown,
  title,
  onClose,
}: {
  shown: { username: string; password: string } | undefined;
  title?: string;
  onClose: () => void;
}) {
  const t = useMessages(accountsMessages);
  return (
    <Modal
      open={shown !== undefined}
      title={title ?? t('initialPasswordTitle')}
      onCancel={onClose}
      maskClosable={false}
      zIndex={1100}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('noted')}
        </Button>
      }
    >
      {shown && (
        <div data-testid="initial-password">
          <Alert type="warning" showIcon message={t('initialPasswordOnce')} style={{ marginBottom: 16 }} />
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('username')}>
              <Typography.Text code>{shown.username}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('initialPassword')}>
              <Typography.Text
                code
                copyable={{ text: shown.password, tooltips: [t('copyPassword'), '✓'] }}
                data-testid="initial-password-value"
              >
                {shown.password}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </div>
      )}
    </Modal>
  );
}
