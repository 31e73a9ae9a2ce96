import { DownloadOutlined, LinkOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Drawer, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../../api/client';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useApiAction } from '../../../../components/use-api-action';
import { useApiQuery } from '../../../../components/use-api-query';
import { useLanguage } from '../../../../i18n/language';
import { useMessages } from '../../../../i18n/messages';
import type { Certificate } from '../shared/api-types';
import { formatDateTime, formatMinutes, shanghaiParts } from '../shared/format';
import { ReasonModal } from '../shared/reason-modal';
import { certificateMessages } from './certificate-messages';
import { PURPOSE_MAX_LENGTH } from './issue-certificate-modal';

/** The public check of a certificate by its number (no sign-in needed). */
export const verifyPath = (number: string) => `/api/v1/verify/${encodeURIComponent(number)}`;

/** The revocation reason's limit is the purpose's (200), not the 500 of other reasons. */
const REVOCATION_REASON_MAX = PURPOSE_MAX_LENGTH;

type IdTypeKey =
  | 'idType_resident_id'
  | 'idType_passport'
  | 'idType_hk_macao_permit'
  | 'idType_taiwan_permit'
  | 'idType_foreign_permanent_resident';

const idTypeKey = (idType: string): IdTypeKey => `idType_${idType.replace(/-/g, '_')}` as IdTypeKey;

/**
 * One certificate as issued: number, the volunteer (masked ID only), period, totals, every record,
 * the issuer and the verification link; the PDF, and revocation for administrators.
 */
export function CertificateDrawer({
  certificateId,
  initial,
  onClose,
  onChanged,
}: {
  readonly certificateId: string | undefined;
  /** A certificate just issued: shown at once, without reading it again. */
  readonly initial?: Certificate;
  readonly onClose: () => void;
  readonly onChanged: () => void;
}) {
  const t = useMessages(certificateMessages);
  const { language } = useLanguage();
  const { message } = App.useApp();
  const me = useMe();
  const [revoking, setRevoking] = useState(false);
  const [updated, setUpdated] = useState<Certificate>();
  const loaded = useApiQuery(
    () =>
      certificateId && initial?.id !== certificateId
        ? api.get<Certificate>(`/certificates/${encodeURIComponent(certificateId)}`)
        : Promise.resolve(initial),
    [certificateId],
  );
  const download = useApiAction((c: Certificate) =>
    api.download(`/certificates/${encodeURIComponent(c.id)}/pdf`, `${c.number}.pdf`),
  );
  const revoke = useApiAction((id: string, reason: string) =>
    api.post<Certificate>(`/certificates/${encodeURIComponent(id)}/revoke`, { reason }),
  );

  const fromServer = loaded.data?.id === certificateId ? loaded.data : undefined;
  const certificate = updated?.id === certificateId ? updated : fromServer;
  const star = (n: number) => (n > 0 ? t('stars', { n }) : t('noStar'));

  return (
    <Drawer
      open={certificateId !== undefined}
      onClose={onClose}
      width="min(760px, 100vw)"
      title={certificate ? t('drawerTitle', { number: certificate.number }) : ''}
      extra={
        certificate && (
          <Space>
            <Button
              icon={<DownloadOutlined />}
              loading={download.busy}
              onClick={() => void download.run(certificate)}
            >
              {t('download')}
            </Button>
            {me.role === 'admin' && certificate.status === 'valid' && (
              <Button danger onClick={() => setRevoking(true)}>
                {t('revoke')}
              </Button>
            )}
          </Space>
        )
      }
    >
      <ProblemAlert error={loaded.error} />
      {!certificate && !loaded.error && <Spin />}
      {certificate && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="certificate-detail">
          {certificate.status === 'revoked' && certificate.revocation && (
            <Alert
              type="error"
              showIcon
              message={`${t('statusRevoked')} · ${t('revokedAt', { at: formatDateTime(certificate.revocation.revokedAt, t.language) })}`}
              description={`${t('fieldRevocation')}：${certificate.revocation.reason}`}
            />
          )}
          <Descriptions size="small" bordered column={{ xs: 1, sm: 2, md: 2, lg: 2, xl: 2, xxl: 2 }}>
            <Descriptions.Item label={t('fieldNumber')}>
              <Typography.Text copyable data-testid="certificate-number">
                {certificate.number}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('fieldStatus')}>
              <Tag
                color={certificate.status === 'valid' ? 'success' : 'error'}
                data-testid="certificate-status"
              >
                {certificate.status === 'valid' ? t('statusValid') : t('statusRevoked')}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('fieldVolunteer')}>{certificate.volunteer.name}</Descriptions.Item>
            <Descriptions.Item label={t('fieldVolunteerNo')}>
              {certificate.volunteer.volunteerNo}
            </Descriptions.Item>
            <Descriptions.Item label={t('fieldId')} span="filled">
              {certificate.volunteer.idType
                ? `${t(idTypeKey(certificate.volunteer.idType))} ${certificate.volunteer.idNumberMasked ?? ''}`
                : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('fieldPeriod')}>
              {certificate.period.from} – {certificate.period.to}
            </Descriptions.Item>
            <Descriptions.Item label={t('fieldTotals')}>
              <span data-testid="certificate-totals">
                {t('totals', {
                  time: formatMinutes(certificate.totals.minutes, language),
                  records: certificate.totals.records,
                })}
                {certificate.totals.trainingMinutes
                  ? `；${t('trainingTotals', { time: formatMinutes(certificate.totals.trainingMinutes, language) })}`
                  : ''}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('fieldStar')}>{star(certificate.starLevel)}</Descriptions.Item>
            <Descriptions.Item label={t('fieldPurpose')}>{certificate.purpose ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('fieldIssuedAt')}>
              {formatDateTime(certificate.issuedAt, t.language)}
            </Descriptions.Item>
            <Descriptions.Item label={t('fieldIssuer')} span="filled">
              <Space direction="vertical" size={0}>
                <span>{certificate.issuer.name}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('issuerContact', {
                    person: certificate.issuer.personInCharge,
                    handler: certificate.issuer.handler,
                    contact: certificate.issuer.contact,
                  })}
                </Typography.Text>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('fieldVerify')} span="filled">
              <a
                href={verifyPath(certificate.number)}
                target="_blank"
                rel="noreferrer"
                data-testid="verify-link"
              >
                <LinkOutlined /> {verifyPath(certificate.number)}
              </a>
            </Descriptions.Item>
          </Descriptions>

          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('records')}
          </Typography.Title>
          <Table
            rowKey="recordId"
            size="small"
            dataSource={[...certificate.records]}
            scroll={{ x: 'max-content' }}
            pagination={certificate.records.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            columns={[
              { title: t('colDate'), dataIndex: 'date', key: 'date' },
              { title: t('colActivity'), dataIndex: 'activity', key: 'activity' },
              {
                title: t('colTime'),
                key: 'time',
                render: (_, r) => (
                  <span style={{ whiteSpace: 'nowrap' }}>
                    {shanghaiParts(r.startedAt).time}–{shanghaiParts(r.endedAt).time}
                  </span>
                ),
              },
              {
                title: t('colMinutes'),
                dataIndex: 'minutes',
                key: 'minutes',
                render: (m: number) => (
                  <span style={{ whiteSpace: 'nowrap' }}>{formatMinutes(m, language)}</span>
                ),
              },
              {
                title: t('colContent'),
                dataIndex: 'content',
                key: 'content',
                render: (content: string) => (
                  <Typography.Text ellipsis={{ tooltip: content }} style={{ maxWidth: 220 }}>
                    {content}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </Space>
      )}
      <ReasonModal
        open={revoking}
        title={t('revokeTitle')}
        okText={t('revoke')}
        danger
        maxLength={REVOCATION_REASON_MAX}
        description={
          <Typography.Paragraph>
            {t('revokeDescription', { number: certificate?.number ?? '' })}
          </Typography.Paragraph>
        }
        onCancel={() => setRevoking(false)}
        onSubmit={async (reason) => {
          if (!certificate) return true;
          const answer = await revoke.run(certificate.id, reason);
          if (!answer) return false;
          setUpdated(answer);
          setRevoking(false);
          void message.success(t('revoked'));
          onChanged();
          return true;
        }}
      />
    </Drawer>
  );
}
