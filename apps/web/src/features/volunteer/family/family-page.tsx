import { App, Card, Col, List, Row, Skeleton, Statistic, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useMe } from '../../../auth/auth-context';
import { ProblemAlert } from '../../../components/problem-alert';
import { useApiAction } from '../../../components/use-api-action';
import { useApiQuery } from '../../../components/use-api-query';
import { describeProblem } from '../../../i18n/problem-messages';
import { useMessages } from '../../../i18n/messages';
import { AttemptKeys, outcomeUnknown } from '../../venue/shared/attempt-key';
import { formatDuration } from '../shared/duration';
import { volunteerApi } from '../volunteer-api';
import { FamilyLinkForm, type FamilyMemberToLink } from './family-link-form';
import { familyMessages } from './family-messages';
import { RELATION_LABEL } from './relations';
import { TransferForm } from './transfer-form';

/** The registered family, the time-bank balance, a transfer to family, and registering family. */
export function FamilyPage() {
  const t = useMessages(familyMessages);
  const { message } = App.useApp();
  const { volunteerId = '' } = useMe();
  const summary = useApiQuery(() => volunteerApi.summary(volunteerId), [volunteerId]);
  const family = useApiQuery(() => volunteerApi.family(volunteerId), [volunteerId]);
  const self = useApiQuery(() => volunteerApi.self(volunteerId), [volunteerId]);
  const keys = useRef(new AttemptKeys());
  const [transferring, setTransferring] = useState(false);

  const transfer = async (body: { toVolunteerId: string; minutes: number }): Promise<boolean> => {
    setTransferring(true);
    try {
      // Retrying the same transfer after a lost answer reuses its key: the server gives the time once.
      await volunteerApi.transfer(
        volunteerId,
        body,
        keys.current.keyFor(`${body.toVolunteerId}|${body.minutes}`),
      );
      keys.current.settle();
      const member = family.data?.items.find((item) => item.volunteerId === body.toVolunteerId);
      void message.success(
        t('transferred', { name: member?.name ?? '', duration: formatDuration(body.minutes, t.language) }),
      );
      summary.reload();
      return true;
    } catch (error) {
      if (!outcomeUnknown(error)) keys.current.settle();
      void message.error(describeProblem(error, t.language), 6);
      return false;
    } finally {
      setTransferring(false);
    }
  };

  const link = useApiAction(async (member: FamilyMemberToLink) => {
    await volunteerApi.linkFamily(volunteerId, member);
    void message.success(t('linked'));
    family.reload();
    return true;
  });

  const balance = summary.data?.timeBank.balanceMinutes;
  return (
    <>
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <ProblemAlert error={summary.error ?? family.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card>
            <Statistic
              title={t('balance')}
              value={balance === undefined ? '—' : formatDuration(balance, t.language)}
              valueRender={(node) => <span data-testid="time-bank-balance">{node}</span>}
            />
            <Typography.Text type="secondary">{t('balanceHint')}</Typography.Text>
          </Card>
          <Card title={t('transferTitle')} style={{ marginTop: 16 }}>
            {family.data && balance !== undefined ? (
              <TransferForm
                family={family.data.items}
                balanceMinutes={balance}
                onTransfer={transfer}
                busy={transferring}
              />
            ) : (
              <Skeleton active paragraph={{ rows: 2 }} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('familyTitle')}>
            <List
              loading={!family.data && !family.error}
              dataSource={family.data?.items ?? []}
              rowKey="volunteerId"
              locale={{ emptyText: t('familyEmpty') }}
              renderItem={(member) => (
                <List.Item data-testid="family-member">
                  <List.Item.Meta
                    title={t('memberLabel', {
                      name: member.name,
                      relation: t(RELATION_LABEL[member.relation]),
                    })}
                    description={t('volunteerNo', { no: member.volunteerNo })}
                  />
                </List.Item>
              )}
            />
          </Card>
          <Card title={t('linkTitle')} style={{ marginTop: 16 }}>
            <Typography.Paragraph type="secondary">{t('linkIntro')}</Typography.Paragraph>
            {self.data && (
              <Typography.Paragraph>
                <div>{t('myNo')}</div>
                <Typography.Text code copyable data-testid="my-volunteer-no">
                  {self.data.volunteerNo}
                </Typography.Text>
              </Typography.Paragraph>
            )}
            <FamilyLinkForm
              selfNo={self.data?.volunteerNo}
              busy={link.busy}
              onLink={async (member) => (await link.run(member)) ?? false}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
