import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Space,
  Spin,
  Tag,
  Timeline,
} from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../../api/api-error';
import type { Me } from '../../../../api/types';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { RegionName } from '../../../../components/regions/region-name';
import { useApiQuery } from '../../../../components/use-api-query';
import { formatDate, formatDateTime } from '../../../../i18n/dates';
import { useMessages } from '../../../../i18n/messages';
import { describeProblem } from '../../../../i18n/problem-messages';
import type { NeedStatus } from '../../../needs/needs-api';
import { needStatusLabels, needStepLabels, stepWords } from '../../../needs/needs-messages';
import { projectFieldLabels } from '../../organisation/shared/labels';
import { TeamSelect } from '../../organisation/shared/team-select';
import {
  loadNeed,
  loadNeedContact,
  sendNeedCommand,
  type NeedCommand,
  type NeedContact,
} from './needs-staff-api';
import { needsStaffMessages } from './needs-staff-messages';

type Kind = NeedCommand['kind'];

/** What can be done to a need in each status (the server refuses the rest with NEED_WRONG_STATUS). */
const ACTIONS: Record<NeedStatus, readonly Kind[]> = {
  submitted: ['accept', 'decline', 'close'],
  accepted: ['dispatch', 'close'],
  dispatched: ['take', 'return', 'close'],
  taken: ['return', 'close'],
  fulfilled: ['close'],
  declined: [],
  rated: [],
  closed: [],
};

/** Administrators accept, decline, dispatch and close; the team's organiser (or an administrator) takes or hands back. */
const ROLES: Record<Kind, readonly Me['role'][]> = {
  accept: ['admin'],
  decline: ['admin'],
  dispatch: ['admin'],
  close: ['admin'],
  take: ['admin', 'organiser'],
  return: ['admin', 'organiser'],
};

/** The actions that ask for something first: a reason, or the team. */
const ASKS: Partial<Record<Kind, 'reason' | 'team'>> = {
  decline: 'reason',
  return: 'reason',
  close: 'reason',
  dispatch: 'team',
};

interface AskValues {
  reason?: string;
  teamId?: string;
}

/** One need: what was asked, the masked contact (shown on request, recorded), its timeline and its next steps. */
export function NeedDrawer({
  needId,
  onClose,
  onChanged,
}: {
  needId: string | undefined;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = useMessages(needsStaffMessages);
  const statusWord = useMessages(needStatusLabels);
  const fields = useMessages(projectFieldLabels);
  const { message } = App.useApp();
  const me = useMe();
  const loaded = useApiQuery(() => (needId ? loadNeed(needId) : Promise.resolve(undefined)), [needId]);
  const need = loaded.data?.id === needId ? loaded.data : undefined;
  const [contact, setContact] = useState<{ id: string; contact: NeedContact }>();
  const [contactError, setContactError] = useState<unknown>();
  const [asking, setAsking] = useState<Kind>();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<AskValues>();

  const showContact = async () => {
    if (!needId) return;
    setContactError(undefined);
    try {
      setContact({ id: needId, contact: await loadNeedContact(needId) });
      loaded.reload();
    } catch (failure) {
      setContactError(failure);
    }
  };

  const run = async (command: NeedCommand) => {
    if (!needId) return false;
    setBusy(true);
    try {
      await sendNeedCommand(needId, command);
      void message.success(t('done', { action: t(command.kind) }));
      return true;
    } catch (failure) {
      void message.error(
        isApiError(failure) && failure.code === 'NEED_WRONG_STATUS'
          ? t('wrongStatus', { action: t(command.kind) })
          : describeProblem(failure, t.language),
        6,
      );
      return isApiError(failure) && failure.code === 'NEED_WRONG_STATUS';
    } finally {
      setBusy(false);
      loaded.reload();
      onChanged();
    }
  };

  const start = (kind: Kind) => {
    if (!ASKS[kind]) {
      void run({ kind } as NeedCommand);
      return;
    }
    form.resetFields();
    setAsking(kind);
  };

  const confirm = async ({ reason, teamId }: AskValues) => {
    if (!asking) return;
    const command = (
      ASKS[asking] === 'team' ? { kind: asking, teamId } : { kind: asking, reason: reason?.trim() }
    ) as NeedCommand;
    if (await run(command)) setAsking(undefined);
  };

  const shown = contact?.id === needId ? contact?.contact : undefined;
  const person = shown ?? need?.requester;

  return (
    <Drawer
      open={needId !== undefined}
      onClose={onClose}
      width="min(720px, 100vw)"
      title={need ? need.title : ''}
      extra={
        need && (
          <Space wrap>
            {ACTIONS[need.status]
              .filter((kind) => ROLES[kind].includes(me.role))
              .map((kind) => (
                <Button
                  key={kind}
                  type={kind === 'accept' || kind === 'dispatch' || kind === 'take' ? 'primary' : 'default'}
                  danger={kind === 'decline' || kind === 'close'}
                  loading={busy && !asking}
                  onClick={() => start(kind)}
                >
                  {t(kind)}
                </Button>
              ))}
          </Space>
        )
      }
    >
      <ProblemAlert error={loaded.error} />
      {!need && !loaded.error && <Spin />}
      {need && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="need-detail">
          <Descriptions size="small" bordered column={1}>
            <Descriptions.Item label={t('status')}>
              <Tag>{statusWord(need.status)}</Tag>
              {need.overdue && <Tag color="red">{t('overdue')}</Tag>}
            </Descriptions.Item>
            {need.trackingNo && (
              <Descriptions.Item label={t('trackingNo')}>{need.trackingNo}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('field')}>{fields(need.field)}</Descriptions.Item>
            <Descriptions.Item label={t('region')}>
              <RegionName code={need.regionCode} full />
            </Descriptions.Item>
            {need.description && (
              <Descriptions.Item label={t('description')}>{need.description}</Descriptions.Item>
            )}
            {(need.preferredFrom || need.preferredTo) && (
              <Descriptions.Item label={t('preferred')}>
                {formatDate(need.preferredFrom, t.language)} – {formatDate(need.preferredTo, t.language)}
              </Descriptions.Item>
            )}
            {person && (
              <>
                <Descriptions.Item label={t('requester')}>
                  <span data-testid="need-contact-name">{person.name ?? t('forgotten')}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('phone')}>
                  <span data-testid="need-contact-phone">{person.phone ?? t('forgotten')}</span>
                </Descriptions.Item>
                {person.organisation && (
                  <Descriptions.Item label={t('organisation')}>{person.organisation}</Descriptions.Item>
                )}
              </>
            )}
            {need.rating && (
              <Descriptions.Item label={t('ratingLabel')}>
                {t('rating', { score: need.rating.score })}
                {need.rating.comment ? `：${need.rating.comment}` : ''}
              </Descriptions.Item>
            )}
          </Descriptions>
          {!shown && (
            <Alert
              type="info"
              showIcon
              message={t('contactRecorded')}
              action={
                <Button size="small" onClick={() => void showContact()}>
                  {t('showContact')}
                </Button>
              }
            />
          )}
          <ProblemAlert error={contactError} />
          {!!need.timeline?.length && (
            <div>
              <div style={{ marginBottom: 12, fontWeight: 500 }}>{t('timeline')}</div>
              <Timeline
                items={need.timeline.map((step) => ({
                  children: (
                    <span>
                      {formatDateTime(step.at, t.language)} {stepWords(needStepLabels[t.language], step.type)}
                      {step.by && step.by !== 'public' && step.by !== 'system' ? ` · ${step.by}` : ''}
                      {step.reason ? `（${step.reason}）` : ''}
                    </span>
                  ),
                }))}
              />
            </div>
          )}
        </Space>
      )}
      <Modal
        open={asking !== undefined}
        title={asking ? t(asking) : ''}
        okText={t('confirm')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setAsking(undefined)}
        destroyOnHidden
      >
        <Form<AskValues>
          form={form}
          layout="vertical"
          name="need-step"
          onFinish={confirm}
          requiredMark={false}
        >
          {asking && ASKS[asking] === 'team' ? (
            <Form.Item
              name="teamId"
              label={t('team')}
              rules={[{ required: true, message: t('teamRequired') }]}
            >
              <TeamSelect />
            </Form.Item>
          ) : (
            <Form.Item
              name="reason"
              label={t('reason')}
              rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Drawer>
  );
}
