import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../../../auth/auth-context';
import { ProblemAlert } from '../../../components/problem-alert';
import { useApiAction } from '../../../components/use-api-action';
import { useApiQuery } from '../../../components/use-api-query';
import { useMessages } from '../../../i18n/messages';
import { formatDuration } from '../shared/duration';
import { formatDate, formatDateTime } from '../../../i18n/dates';
import {
  CERTIFICATE_PAGE_SIZE,
  type CertificateListItem,
  type CertificateRequest,
  type IssuedCertificate,
  verifyPathOf,
  volunteerApi,
} from '../volunteer-api';
import { certificateMessages } from './certificate-messages';
import { CertificateRequestForm } from './certificate-request-form';

function DownloadButton({ certificate }: { certificate: Pick<CertificateListItem, 'id' | 'number'> }) {
  const t = useMessages(certificateMessages);
  const download = useApiAction(() => volunteerApi.downloadCertificate(certificate));
  return (
    <Button loading={download.busy} onClick={() => void download.run()}>
      {t('download')}
    </Button>
  );
}

function IssuedNotice({ certificate }: { certificate: IssuedCertificate }) {
  const t = useMessages(certificateMessages);
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginTop: 16 }}
      data-testid="issued-certificate"
      message={t('issued', { number: certificate.number })}
      description={
        <Space direction="vertical">
          <span>
            {t('issuedDetail', {
              from: formatDate(certificate.period.from, t.language),
              to: formatDate(certificate.period.to, t.language),
              records: certificate.totals.records,
              duration: formatDuration(certificate.totals.minutes, t.language),
            })}
          </span>
          <Space wrap>
            <DownloadButton certificate={certificate} />
            <Typography.Link href={verifyPathOf(certificate.number)} target="_blank" rel="noreferrer">
              {t('verify')}
            </Typography.Link>
          </Space>
        </Space>
      }
    />
  );
}

/** Ask for a certificate of a period, and the certificates issued so far, each with its PDF. */
export function CertificatesPage() {
  const t = useMessages(certificateMessages);
  const { volunteerId = '' } = useMe();
  const [page, setPage] = useState(1);
  const [issued, setIssued] = useState<IssuedCertificate>();
  const list = useApiQuery(() => volunteerApi.certificates(volunteerId, page), [volunteerId, page]);

  const request = useApiAction(async (body: CertificateRequest) => {
    const certificate = await volunteerApi.requestCertificate(volunteerId, body);
    setIssued(certificate);
    setPage(1);
    list.reload();
    return true;
  });

  return (
    <>
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Card title={t('requestTitle')}>
        <Typography.Paragraph type="secondary">{t('requestIntro')}</Typography.Paragraph>
        <CertificateRequestForm onRequest={request.run} busy={request.busy} />
        {issued && <IssuedNotice certificate={issued} />}
      </Card>
      <Card title={t('listTitle')} style={{ marginTop: 16 }}>
        <Typography.Paragraph type="secondary">{t('verifyHint')}</Typography.Paragraph>
        <ProblemAlert error={list.error} />
        <List<CertificateListItem>
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          rowKey="id"
          locale={{ emptyText: t('empty') }}
          pagination={
            (list.data?.total ?? 0) > CERTIFICATE_PAGE_SIZE && {
              current: page,
              pageSize: CERTIFICATE_PAGE_SIZE,
              total: list.data?.total ?? 0,
              onChange: setPage,
              size: 'small',
            }
          }
          renderItem={(certificate) => (
            <List.Item data-testid="certificate-item">
              <Space direction="vertical" size={4} style={{ width: '100%' }}>
                <Space wrap>
                  <SafetyCertificateOutlined />
                  <Typography.Text strong copyable>
                    {certificate.number}
                  </Typography.Text>
                  <Tag color={certificate.status === 'valid' ? 'green' : 'red'}>
                    {t(certificate.status === 'valid' ? 'statusValid' : 'statusRevoked')}
                  </Tag>
                </Space>
                <Typography.Text>
                  {t('periodValue', {
                    from: formatDate(certificate.period.from, t.language),
                    to: formatDate(certificate.period.to, t.language),
                  })}
                  {' · '}
                  {t('hours', {
                    duration: formatDuration(certificate.totals.minutes, t.language),
                    records: certificate.totals.records,
                  })}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('issuedAt', { at: formatDateTime(certificate.issuedAt, t.language) })}
                </Typography.Text>
                <Space wrap>
                  <DownloadButton certificate={certificate} />
                  <Typography.Link href={verifyPathOf(certificate.number)} target="_blank" rel="noreferrer">
                    {t('verify')}
                  </Typography.Link>
                </Space>
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
