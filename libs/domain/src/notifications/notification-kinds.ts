/**
 * What each event tells whom (PRODUCT.md "The volunteer's journey", notifications): a pure mapping
 * from an event to the notifications it leaves, in the console's words. Adding a kind is one entry
 * in NOTIFICATION_KINDS. Texts never carry personal data: no names, ID or phone numbers; only the
 * recipient's own facts (its dates, minutes, levels) and the activity's title.
 */

/**
 * Who receives a notification: a volunteer (its bound accounts), an account, the staff of a region
 * (its administrators and organisers, and those above), or only its administrators (and those above).
 */
export type Recipient =
  | { readonly volunteerId: string }
  | { readonly accountId: string }
  | { readonly staffOfRegion: string }
  | { readonly adminsOfRegion: string };

export interface NotificationDraft {
  readonly recipient: Recipient;
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  /** The resource it is about, under /api/v1 (e.g. `/service-records/rec-…`). */
  readonly link: string | null;
}

/** What the mapping may look up: facts the notifications read model keeps from earlier events. */
export interface NotificationFacts {
  activity(activityId: string): { readonly title: string; readonly regionCode: string } | undefined;
  record(recordId: string): { readonly serviceDate: string; readonly minutes: number } | undefined;
}

type Data = Record<string, unknown>;
type Mapping = (data: Data, facts: NotificationFacts) => NotificationDraft[];

/** `2026-03-05` → `2026年3月5日`, the console's date format. */
export const chineseDate = (date: string): string => {
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};

/** The fields of a need (ProjectField), in the console's words. */
const NEED_FIELD_NAMES: Readonly<Record<string, string>> = {
  industry: '产业发展',
  'rural-revitalization': '乡村振兴',
  civility: '精神文明建设',
  'science-education': '科学教育',
  health: '医疗卫生',
  other: '其他',
};

const str = (data: Data, key: string): string => String(data[key] ?? '');

const activityName = (data: Data, facts: NotificationFacts): string => {
  const title = facts.activity(str(data, 'activityId'))?.title;
  return title ? `「${title}」` : '活动';
};

const recordLine = (data: Data, facts: NotificationFacts): string => {
  const record = facts.record(str(data, 'recordId'));
  return record ? `${chineseDate(record.serviceDate)} 的服务记录（${record.minutes} 分钟）` : '服务记录';
};

const toVolunteer = (
  data: Data,
  kind: string,
  title: string,
  body: string,
  link: string | null,
): NotificationDraft[] => [{ recipient: { volunteerId: str(data, 'volunteerId') }, kind, title, body, link }];

export const NOTIFICATION_KINDS: Readonly<Record<string, Mapping>> = {
  ServiceConfirmed: (d, f) =>
    toVolunteer(
      d,
      'record-confirmed',
      '服务记录已确认',
      `${recordLine(d, f)}已确认，计入志愿服务时长。`,
      `/service-records/${str(d, 'recordId')}`,
    ),
  ServiceRejected: (d, f) =>
    toVolunteer(
      d,
      'record-rejected',
      '服务记录未通过审核',
      `${recordLine(d, f)}未通过审核：${str(d, 'reason')}`,
      `/service-records/${str(d, 'recordId')}`,
    ),
  ServiceVoided: (d, f) =>
    toVolunteer(
      d,
      'record-voided',
      '服务记录已作废',
      `${recordLine(d, f)}已作废：${str(d, 'reason')}`,
      `/service-records/${str(d, 'recordId')}`,
    ),
  StarAwarded: (d) =>
    toVolunteer(
      d,
      'star-awarded',
      '星级认定',
      `您已被认定为${Number(d.level)}星级志愿者。`,
      `/volunteers/${str(d, 'volunteerId')}/summary`,
    ),
  CertificateIssued: (d) => {
    const period = (d.period ?? {}) as { from?: string; to?: string };
    return toVolunteer(
      d,
      'certificate-issued',
      '志愿服务记录证明已开具',
      `证明编号 ${str(d, 'number')}，服务期间 ${chineseDate(period.from ?? '')} 至 ${chineseDate(period.to ?? '')}。`,
      `/certificates/${str(d, 'certificateId')}`,
    );
  },
  // Sign-ups (libs/domain/src/journey): the volunteer hears the decision, staff hear what waits for them.
  VolunteerSignedUp: (d, f) => {
    const status = str(d, 'status');
    const name = activityName(d, f);
    const link = `/activities/${str(d, 'activityId')}/signups`;
    if (status === 'pending') {
      const region = f.activity(str(d, 'activityId'))?.regionCode;
      return region
        ? [
            {
              recipient: { staffOfRegion: region },
              kind: 'signup-awaiting-approval',
              title: '有报名待审核',
              body: `${name}有新的报名等待审核。`,
              link,
            },
          ]
        : [];
    }
    return toVolunteer(
      d,
      status === 'accepted' ? 'signup-accepted' : 'signup-waitlisted',
      status === 'accepted' ? '报名成功' : '已进入候补名单',
      status === 'accepted' ? `您已报名${name}。` : `${name}名额已满，您已进入候补名单，有空位时按顺序递补。`,
      link,
    );
  },
  SignupApproved: (d, f) =>
    toVolunteer(
      d,
      'signup-approved',
      '报名已通过',
      str(d, 'status') === 'waitlisted'
        ? `您报名的${activityName(d, f)}已通过审核，名额已满，您在候补名单中。`
        : `您报名的${activityName(d, f)}已通过审核。`,
      `/activities/${str(d, 'activityId')}/signups`,
    ),
  SignupDeclined: (d, f) =>
    toVolunteer(
      d,
      'signup-declined',
      '报名未通过',
      `您报名的${activityName(d, f)}未通过：${str(d, 'reason')}`,
      `/activities/${str(d, 'activityId')}/signups`,
    ),
  SignupPromotedFromWaitlist: (d, f) =>
    toVolunteer(
      d,
      'waitlist-promoted',
      '候补递补成功',
      `${activityName(d, f)}有名额空出，您已从候补名单递补为正式参加。`,
      `/activities/${str(d, 'activityId')}/signups`,
    ),
  // Needs of the public (libs/domain/src/needs): the region's administrators hear of a new one. Only
  // its title and field: the requester's name and phone never leave their sealed envelope.
  NeedSubmitted: (d) => [
    {
      recipient: { adminsOfRegion: str(d, 'regionCode') },
      kind: 'need-submitted',
      title: `新的群众需求：${str(d, 'title')}`,
      body: `${NEED_FIELD_NAMES[str(d, 'field')] ?? '其他'}领域的群众需求等待受理，请在 3 个工作日内处理。`,
      link: '/admin/needs',
    },
  ],
  // Reminders (inbox-reminders.ts): raised by the scheduled sweep, they carry their own texts.
  InboxReminderRaised: (d) => [
    {
      recipient: d.recipient as Recipient,
      kind: str(d, 'kind'),
      title: str(d, 'title'),
      body: str(d, 'body'),
      link: typeof d.link === 'string' ? d.link : null,
    },
  ],
};

/** The event types that leave notifications, for the read model's subscription. */
export const NOTIFYING_EVENT_TYPES: readonly string[] = Object.keys(NOTIFICATION_KINDS);

/** What an event leaves in inboxes; none for an event no kind reads. */
export const notificationsOf = (type: string, data: object, facts: NotificationFacts): NotificationDraft[] =>
  NOTIFICATION_KINDS[type]?.(data as Data, facts) ?? [];
