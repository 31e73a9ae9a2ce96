import { App, Button, Divider, Form, Input, Segmented, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api } from '../../../../api/client';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useApiAction } from '../../../../components/use-api-action';
import { useMessages } from '../../../../i18n/messages';
import { formatDateTime } from '../../../../i18n/dates';
import { FormModal } from '../shared/form-modal';
import { sharedMessages } from '../shared/shared-messages';
import type { Membership } from '../shared/types';
import { usePagedList } from '../shared/use-paged-list';
import { teamsMessages } from './teams-messages';

export const REASON_MAX = 500;
const MEMBERS_PAGE_SIZE = 10;

export type MemberStatus = 'active' | 'exited' | 'all';

/** A row of `GET /teams/{id}/members`: no ID number or phone ever reaches the console. */
export interface TeamMember {
  readonly volunteerId: string;
  readonly volunteerNo: string;
  readonly name: string;
  readonly joinedAt: string;
  readonly exitedAt?: string;
  readonly exitReason?: string;
}

/** The team's member list, paged by the server; a new status filter starts again at page 1. */
export function useTeamMembers(teamId: string | undefined) {
  const [status, setStatus] = useState<MemberStatus>('active');
  const list = usePagedList<TeamMember>(
    teamId ? `/teams/${encodeURIComponent(teamId)}/members` : undefined,
    { status },
    MEMBERS_PAGE_SIZE,
  );
  return { status, setStatus, list };
}

export type TeamMembersState = ReturnType<typeof useTeamMembers>;

/**
 * The members, current or past, with 退出 on current members for those who may record an exit
 * (administrators and organisers). An exit always carries a reason (the exit mechanism).
 */
export function TeamMembers({
  teamId,
  members,
  mayExit,
  onExited,
}: {
  teamId: string;
  members: TeamMembersState;
  mayExit: boolean;
  onExited: () => void;
}) {
  const t = useMessages(teamsMessages);
  const [leaving, setLeaving] = useState<TeamMember>();
  const { status, setStatus, list } = members;
  const columns: ColumnsType<TeamMember> = [
    { title: t('volunteerNo'), dataIndex: 'volunteerNo', key: 'volunteerNo' },
    { title: t('memberName'), dataIndex: 'name', key: 'name' },
    {
      title: t('joinedAt'),
      dataIndex: 'joinedAt',
      key: 'joinedAt',
      render: (at: string) => formatDateTime(at, t.language),
    },
    {
      title: t('memberStatus'),
      key: 'status',
      render: (_, member) =>
        member.exitedAt ? (
          <span>
            <Tag>{t('exitedTag')}</Tag>
            {formatDateTime(member.exitedAt, t.language)}
            {member.exitReason ? `（${member.exitReason}）` : ''}
          </span>
        ) : (
          <Tag color="success">{t('currentTag')}</Tag>
        ),
    },
  ];
  if (mayExit) {
    columns.push({
      title: t('actions'),
      key: 'actions',
      render: (_, member) =>
        member.exitedAt ? null : (
          <Button size="small" danger onClick={() => setLeaving(member)}>
            {t('exitButton')}
          </Button>
        ),
    });
  }
  return (
    <>
      <Divider orientation="left">{t('memberList')}</Divider>
      <Segmented<MemberStatus>
        value={status}
        onChange={setStatus}
        options={[
          { value: 'active', label: t('filterActive') },
          { value: 'exited', label: t('filterExited') },
          { value: 'all', label: t('filterAll') },
        ]}
        style={{ marginBottom: 12 }}
        data-testid="member-status"
      />
      <ProblemAlert error={list.error} />
      <Table<TeamMember>
        data-testid="team-members"
        size="small"
        rowKey="volunteerId"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={list.pagination}
        scroll={{ x: true }}
        locale={{ emptyText: t(status === 'exited' ? 'noExited' : 'noMembers') }}
      />
      <ExitMemberModal
        teamId={teamId}
        member={leaving}
        onClose={() => setLeaving(undefined)}
        onExited={() => {
          setLeaving(undefined);
          onExited();
        }}
      />
    </>
  );
}

function ExitMemberModal({
  teamId,
  member,
  onClose,
  onExited,
}: {
  teamId: string;
  member: TeamMember | undefined;
  onClose: () => void;
  onExited: () => void;
}) {
  const t = useMessages(teamsMessages);
  const s = useMessages(sharedMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const exit = useApiAction((volunteerId: string, reason: string) =>
    api.post<Membership>(
      `/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(volunteerId)}/exit`,
      { reason },
    ),
  );
  return (
    <FormModal<{ reason: string }>
      title={member ? t('exitTitle', { volunteer: member.name }) : t('exitMember')}
      open={member !== undefined}
      form={form}
      busy={exit.busy}
      testId="exit-form"
      onCancel={onClose}
      onFinish={async ({ reason }) => {
        if (!member) return;
        const membership = await exit.run(member.volunteerId, reason.trim());
        if (!membership) return;
        form.resetFields();
        void message.success(t('exited', { volunteer: member.name, count: membership.memberCount }));
        onExited();
      }}
    >
      <Form.Item
        name="reason"
        label={t('exitReason')}
        rules={[
          { required: true, whitespace: true, message: s('required', { field: t('exitReason') }) },
          { max: REASON_MAX, message: s('tooLong', { field: t('exitReason'), max: REASON_MAX }) },
        ]}
      >
        <Input placeholder={t('exitReasonPlaceholder')} maxLength={REASON_MAX + 1} />
      </Form.Item>
    </FormModal>
  );
}
