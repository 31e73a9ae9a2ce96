import { Typography } from 'antd';
import { api } from '../api/client';
import type { Me } from '../api/types';
import { useApiQuery } from '../components/use-api-query';

/** The part of GET /volunteers/{id} the header shows: never the masked ID number or phone. */
interface VolunteerName {
  readonly name: string;
  readonly volunteerNo: string;
}

const volunteerOf = (volunteerId: string | undefined): Promise<VolunteerName | undefined> =>
  volunteerId
    ? api.get<VolunteerName>(`/volunteers/${encodeURIComponent(volunteerId)}`)
    : Promise.resolve(undefined);

/**
 * Who is signed in, in the header: a volunteer sees their own name and volunteer number
 * (张明华 · 410122-2026-000001); every other account, and a volunteer until the answer comes or
 * if it fails, the username.
 */
export function AccountName({ me, narrow }: { me: Me; narrow: boolean }) {
  const volunteerId = me.role === 'volunteer' ? me.volunteerId : undefined;
  const { data } = useApiQuery(() => volunteerOf(volunteerId), [volunteerId]);
  const label = data ? `${data.name} · ${data.volunteerNo}` : me.username;
  return (
    <Typography.Text
      ellipsis
      title={label}
      style={{
        maxWidth: narrow ? 96 : data ? 240 : 160,
        lineHeight: 'normal',
        verticalAlign: 'middle',
      }}
      data-testid="account-name"
    >
      {label}
    </Typography.Text>
  );
}
