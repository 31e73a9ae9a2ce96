import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../../../api/client';
import type { Page } from '../../../../api/types';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useApiQuery } from '../../../../components/use-api-query';
import { useLanguage } from '../../../../i18n/language';
import { useMessages } from '../../../../i18n/messages';
import { usePaging } from '../../organisation/shared/use-paging';
import type { Certificate, CertificateItem, CertificateStatus } from '../shared/api-types';
import { ExactButtonTexts } from '../shared/exact-button-texts';
import { formatDateTime, formatMinutes } from '../shared/format';
import { VolunteerSelect } from '../shared/volunteer-select';
import { CertificateDrawer } from './certificate-drawer';
import { certificateMessages } from './certificate-messages';
import { IssueCertificateModal } from './issue-certificate-modal';

/** The API's pattern for a number or its beginning (`410100-2026`). */
const NUMBER_FILTER = /^[0-9-]{1,18}$/;

interface Filters {
  number?: string;
  volunteerId?: string;
  status?: CertificateStatus;
  issued?: [Dayjs, Dayjs] | null;
}

/** Service certificates of the region: search, issue, view with its PDF, revoke. */
export function CertificatesPage() {
  const t = useMessages(certificateMessages);
  const { language } = useLanguage();
  const { message } = App.useApp();
  const me = useMe();
  const canIssue = me.role === 'admin';
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const paging = usePaging();
  const { page, pageSize, setPage } = paging;
  const [issuing, setIssuing] = useState(false);
  const [viewing, setViewing] = useState<{ id: string; initial?: Certificate }>();

  const query = {
    number: filters.number?.trim() || undefined,
    volunteerId: filters.volunteerId,
    status: filters.status,
    from: filters.issued?.[0].format('YYYY-MM-DD'),
    to: filters.issued?.[1].format('YYYY-MM-DD'),
    page,
    pageSize,
  };
  const certificates = useApiQuery(
    () => api.get<Page<CertificateItem>>('/certificates', query),
    [JSON.stringify(query)],
  );

  const columns: TableColumnsType<CertificateItem> = [
    {
      title: t('colNumber'),
      dataIndex: 'number',
      key: 'number',
      render: (number: string, c) => (
        <Typography.Link onClick={() => setViewing({ id: c.id })} style={{ whiteSpace: 'nowrap' }}>
          {number}
        </Typography.Link>
      ),
    },
    {
      title: t('colVolunteer'),
      key: 'volunteer',
      render: (_, c) => (
        <Space direction="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
          <span>{c.volunteerName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.volunteerNo}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('colPeriod'),
      key: 'period',
      render: (_, c) => <span style={{ whiteSpace: 'nowrap' }}>{`${c.period.from} – ${c.period.to}`}</span>,
    },
    {
      title: t('colMinutes'),
      key: 'minutes',
      render: (_, c) => (
        <span style={{ whiteSpace: 'nowrap' }}>{formatMinutes(c.totals.minutes, language)}</span>
      ),
    },
    { title: t('colRecords'), key: 'records', align: 'right', render: (_, c) => c.totals.records },
    {
      title: t('colIssuedAt'),
      dataIndex: 'issuedAt',
      key: 'issuedAt',
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at, t.language)}</span>,
    },
    {
      title: t('colStatus'),
      dataIndex: 'status',
      key: 'status',
      render: (s: CertificateStatus) => (
        <Tag color={s === 'valid' ? 'success' : 'error'}>
          {s === 'valid' ? t('statusValid') : t('statusRevoked')}
        </Tag>
      ),
    },
    {
      title: '',
      key: 'view',
      render: (_, c) => (
        <Typography.Link onClick={() => setViewing({ id: c.id })}>{t('view')}</Typography.Link>
      ),
    },
  ];

  return (
    <ExactButtonTexts>
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>

      <Form<Filters>
        form={form}
        name="certificate-filters"
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        onFinish={(values) => {
          setFilters(values);
          setPage(1);
        }}
      >
        <Form.Item
          name="number"
          label={t('filterNumber')}
          rules={[{ pattern: NUMBER_FILTER, message: t('filterNumberInvalid') }]}
        >
          <Input allowClear placeholder="410100-2026-000001" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="volunteerId" label={t('filterVolunteer')}>
          <VolunteerSelect allowClear style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="status" label={t('filterStatus')}>
          <Select<CertificateStatus>
            allowClear
            style={{ width: 120 }}
            options={[
              { value: 'valid', label: t('statusValid') },
              { value: 'revoked', label: t('statusRevoked') },
            ]}
          />
        </Form.Item>
        <Form.Item name="issued" label={t('filterIssued')}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit">{t('search')}</Button>
        </Form.Item>
        {canIssue && (
          <Form.Item>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)}>
              {t('issue')}
            </Button>
          </Form.Item>
        )}
      </Form>

      <ProblemAlert error={certificates.error} />
      <div data-testid="certificates-table">
        <Table<CertificateItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={certificates.data?.items ?? []}
          loading={certificates.loading}
          scroll={{ x: 'max-content' }}
          pagination={paging.pagination(certificates.data?.total ?? 0, {
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => t('total', { total }),
          })}
        />
      </div>

      {canIssue && (
        <IssueCertificateModal
          open={issuing}
          onClose={() => setIssuing(false)}
          onIssued={(certificate) => {
            setIssuing(false);
            void message.success(t('issued', { number: certificate.number }));
            setViewing({ id: certificate.id, initial: certificate });
            certificates.reload();
          }}
        />
      )}
      <CertificateDrawer
        certificateId={viewing?.id}
        initial={viewing?.initial}
        onClose={() => setViewing(undefined)}
        onChanged={certificates.reload}
      />
    </ExactButtonTexts>
  );
}
