import { App, Button, Descriptions, Divider, Drawer, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../../api/client';
import { useMe } from '../../../../auth/auth-context';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useApiAction } from '../../../../components/use-api-action';
import { useApiQuery } from '../../../../components/use-api-query';
import { formatDateTime } from '../../../../i18n/dates';
import { useMessages } from '../../../../i18n/messages';
import { institutionKindLabels } from '../shared/labels';
import { TWO_COLUMNS } from '../shared/layout';
import { RegionText } from '../shared/region-field';
import { canAdminister, canOrganise } from '../shared/roles';
import { sharedMessages } from '../shared/shared-messages';
import type { Membership, Team, VolunteerListItem } from '../shared/types';
import { VolunteerSelect, volunteerOption } from '../shared/volunteer-select';
import { REGISTRATION_NO } from './create-team-modal';
import { REASON_MAX, TeamMembers, useTeamMembers } from './team-drawer-members';
import { teamsMessages } from './teams-messages';

/**
 * A team's details and its members (paged from the server, current or past): add a member, record
 * a member's exit with the reason. After either, the list, the size and the register reload.
 * Closing the drawer drops its forms, so the next team starts clean.
 */
export function TeamDrawer({
  teamId,
  onClose,
  onChanged,
}: {
  teamId: string | undefined;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = useMessages(teamsMessages);
  const kind = useMessages(institutionKindLabels);
  const me = useMe();
  const team = useApiQuery(
    () => (teamId ? api.get<Team>(`/teams/${encodeURIComponent(teamId)}`) : Promise.resolve(undefined)),
    [teamId],
  );
  const members = useTeamMembers(teamId);
  const view = team.data && team.data.id === teamId ? team.data : undefined;

  const changed = () => {
    members.list.reload();
    team.reload();
    onChanged();
  };

  return (
    <Drawer
      open={teamId !== undefined}
      onClose={onClose}
      title={view ? t('drawerTitle', { name: view.name }) : t('title')}
      width={560}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      destroyOnHidden
      data-testid="team-drawer"
    >
      <ProblemAlert error={team.error} />
      {view && (
        <Descriptions size="small" column={TWO_COLUMNS} bordered>
          <Descriptions.Item label={t('name')} span="filled">
            {view.name}
          </Descriptions.Item>
          <Descriptions.Item label={t('institution')} span="filled">
            <Tag>{kind(view.institution.kind)}</Tag>
            {view.institution.name}
          </Descriptions.Item>
          <Descriptions.Item label={t('region')}>
            <RegionText code={view.regionCode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('members')}>
            <span data-testid="member-count">{view.memberCount}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('registration')} span="filled">
            {view.platformRegistrationNo ?? <Tag color="warning">{t('notRegistered')}</Tag>}
          </Descriptions.Item>
          {view.formedAt && (
            <Descriptions.Item label={t('formedAt')} span="filled">
              {formatDateTime(view.formedAt, t.language)}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {view && (
        <TeamMembers teamId={view.id} members={members} mayExit={canOrganise(me)} onExited={changed} />
      )}
      {view && canOrganise(me) && <JoinForm teamId={view.id} onJoined={changed} />}
      {view && canAdminister(me) && (
        <RegistrationForm
          team={view}
          onSaved={() => {
            team.reload();
            onChanged();
          }}
        />
      )}
    </Drawer>
  );
}

/** Says who joined and the team's new size, then reloads what shows it. */
function useJoinRecorded(onJoined: () => void) {
  const t = useMessages(teamsMessages);
  const { message } = App.useApp();
  return (membership: Membership, label: string) => {
    void message.success(t('joined', { volunteer: label || t('volunteer'), count: membership.memberCount }));
    onJoined();
  };
}

/** The label of the volunteer chosen in a select, for the messages (never an id on screen). */
function useChosenLabel() {
  const [label, setLabel] = useState('');
  const pick = (volunteer: VolunteerListItem | undefined) =>
    setLabel(volunteer ? volunteerOption(volunteer).label : '');
  return { label, pick };
}

function JoinForm({ teamId, onJoined }: { teamId: string; onJoined: () => void }) {
  const t = useMessages(teamsMessages);
  const [form] = Form.useForm<{ volunteerId: string }>();
  const chosen = useChosenLabel();
  const recorded = useJoinRecorded(onJoined);
  const join = useApiAction((volunteerId: string) =>
    api.post<Membership>(`/teams/${encodeURIComponent(teamId)}/members`, { volunteerId }),
  );
  return (
    <>
      <Divider orientation="left">{t('addMember')}</Divider>
      <Typography.Paragraph type="secondary">{t('addMemberHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        data-testid="join-form"
        onFinish={async ({ volunteerId }) => {
          const membership = await join.run(volunteerId);
          if (!membership) return;
          form.resetFields();
          recorded(membership, chosen.label);
        }}
      >
        <Form.Item
          name="volunteerId"
          label={t('volunteer')}
          rules={[{ required: true, message: t('volunteerRequired') }]}
        >
          <VolunteerSelect onPick={chosen.pick} testId="join-volunteer" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={join.busy}>
          {t('add')}
        </Button>
      </Form>
    </>
  );
}

function RegistrationForm({ team, onSaved }: { team: Team; onSaved: () => void }) {
  const t = useMessages(teamsMessages);
  const s = useMessages(sharedMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ platformRegistrationNo: string; reason?: string }>();
  const register = useApiAction((values: { platformRegistrationNo: string; reason?: string }) =>
    api.put<Team>(`/teams/${encodeURIComponent(team.id)}/platform-registration`, {
      platformRegistrationNo: values.platformRegistrationNo.trim(),
      ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
    }),
  );
  return (
    <>
      <Divider orientation="left">{t('recordRegistration')}</Divider>
      <Form
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          const saved = await register.run(values);
          if (!saved) return;
          form.resetFields();
          void message.success(t('registrationSaved'));
          onSaved();
        }}
      >
        <Form.Item
          name="platformRegistrationNo"
          label={t('registration')}
          rules={[
            { required: true, message: s('required', { field: t('registration') }) },
            { pattern: REGISTRATION_NO, message: t('registrationInvalid') },
          ]}
        >
          <Input placeholder="DMZY-410122-0001" />
        </Form.Item>
        {team.platformRegistrationNo && (
          <Form.Item
            name="reason"
            label={t('replaceReason')}
            extra={t('replaceReasonHint')}
            rules={[
              { required: true, whitespace: true, message: s('required', { field: t('replaceReason') }) },
              { max: REASON_MAX, message: s('tooLong', { field: t('replaceReason'), max: REASON_MAX }) },
            ]}
          >
            <Input />
          </Form.Item>
        )}
        <Button htmlType="submit" loading={register.busy}>
          {s('save')}
        </Button>
      </Form>
    </>
  );
}
