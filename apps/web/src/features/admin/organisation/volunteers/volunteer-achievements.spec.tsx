import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { installFetch, jsonResponse, on, problemResponse } from '../../../../../test/fake-fetch';
import type { Me } from '../../../../api/types';
import { accountOf, bodyOf, meRoute, renderSignedIn } from '../shared/testing/signed-in';
import { VolunteerDrawer } from './volunteer-drawer';
import type { Commendation, Training } from './volunteer-achievements';

const userEvent = userEventModule.setup({ delay: null });

const VOLUNTEER = {
  id: 'vol-1',
  volunteerNo: '410122-2026-000001',
  name: '王芳',
  status: 'active',
  idType: 'resident-id',
  idNumberMasked: '4101**********0021',
  phoneMasked: '138****0001',
  regionCode: '410122',
  registeredAt: '2026-03-01T01:00:00.000Z',
};

const BASE = '/api/v1/volunteers/vol-1';

function setUp(me: Me, answers: { training?: () => ReturnType<typeof jsonResponse> } = {}) {
  const trainings: Training[] = [
    { id: 'trn-1', course: '科普讲解员培训', completedOn: '2026-03-01', minutes: 240 },
  ];
  const commendations: Commendation[] = [];
  const posts: { url: string; body: unknown }[] = [];
  installFetch(
    meRoute(me),
    on('GET', BASE, () => jsonResponse(200, VOLUNTEER)),
    on('GET', `${BASE}/summary`, () => problemResponse(404, 'NOT_FOUND')),
    on('GET', `${BASE}/trainings`, () => jsonResponse(200, { items: trainings })),
    on('GET', `${BASE}/commendations`, () => jsonResponse(200, { items: commendations })),
    on('POST', `${BASE}/trainings`, (url, init) => {
      posts.push({ url, body: bodyOf(init) });
      const refused = answers.training?.();
      if (refused) return refused;
      const training = { id: 'trn-2', ...(bodyOf(init) as object) } as Training;
      trainings.push(training);
      return jsonResponse(201, training);
    }),
    on('POST', `${BASE}/commendations`, (url, init) => {
      posts.push({ url, body: bodyOf(init) });
      const commendation = { id: 'cmd-1', ...(bodyOf(init) as object) } as Commendation;
      commendations.push(commendation);
      return jsonResponse(201, commendation);
    }),
  );
  renderSignedIn(<VolunteerDrawer volunteerId="vol-1" onClose={() => undefined} />);
  return { posts };
}

const typeText = (within_: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(within_).getByLabelText(label), { target: { value } });

function typeDate(input: HTMLElement, value: string) {
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
  fireEvent.blur(input);
}

const modal = async (title: string) =>
  (await screen.findByText(title, { selector: '.ant-modal-title' })).closest('.ant-modal') as HTMLElement;
const submit = (dialog: HTMLElement) =>
  userEvent.click(within(dialog).getByRole('button', { name: /提\s*交/ }));

describe('a volunteer’s trainings and commendations', () => {
  beforeEach(() => sessionStorage.clear());

  it('lists the trainings and adds one with course, date and minutes', async () => {
    const { posts } = setUp(accountOf('organiser'));
    const trainings = await screen.findByTestId('volunteer-trainings');
    expect(await within(trainings).findByText('科普讲解员培训')).toBeTruthy();
    expect(within(trainings).getByText('4 小时')).toBeTruthy();
    expect(within(trainings).getByText('2026年3月1日')).toBeTruthy();
    expect(within(screen.getByTestId('volunteer-commendations')).getByText('暂无表彰记录')).toBeTruthy();

    await userEvent.click(within(trainings).getByRole('button', { name: '登记培训' }));
    const dialog = await modal('登记培训');
    await submit(dialog);
    expect(await within(dialog).findByText('请填写培训课程')).toBeTruthy();
    expect(posts).toHaveLength(0);

    typeText(dialog, '培训课程', ' 应急救护培训 ');
    typeDate(within(dialog).getByLabelText('完成日期'), '2025-11-10');
    typeText(dialog, '培训时长（分钟）', '90');
    await submit(dialog);
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0].body).toEqual({ course: '应急救护培训', completedOn: '2025-11-10', minutes: 90 });
    expect(await screen.findByText('已登记培训“应急救护培训”')).toBeTruthy();
    expect(await within(trainings).findByText('1 小时 30 分')).toBeTruthy();
  });

  it('says in Chinese why a training was refused', async () => {
    const { posts } = setUp(accountOf('admin'), {
      training: () => problemResponse(422, 'DATE_IN_FUTURE'),
    });
    const trainings = await screen.findByTestId('volunteer-trainings');
    await userEvent.click(await within(trainings).findByRole('button', { name: '登记培训' }));
    const dialog = await modal('登记培训');
    typeText(dialog, '培训课程', '应急救护培训');
    typeDate(within(dialog).getByLabelText('完成日期'), '2025-11-10');
    typeText(dialog, '培训时长（分钟）', '90');
    await submit(dialog);
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(await screen.findByText('日期不能在将来。')).toBeTruthy();
  });

  it('adds a commendation with its title, awarding body and date', async () => {
    const { posts } = setUp(accountOf('admin'));
    const commendations = await screen.findByTestId('volunteer-commendations');
    await userEvent.click(within(commendations).getByRole('button', { name: '登记表彰' }));
    const dialog = await modal('登记表彰');
    await submit(dialog);
    expect(await within(dialog).findByText('请填写表彰名称')).toBeTruthy();
    expect(within(dialog).getByText('请填写授予单位')).toBeTruthy();
    expect(within(dialog).getByText('请选择表彰日期')).toBeTruthy();

    typeText(dialog, '表彰名称', '优秀科技志愿者');
    typeText(dialog, '授予单位', '郑州市科学技术协会');
    typeDate(within(dialog).getByLabelText('表彰日期'), '2025-12-05');
    await submit(dialog);
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toEqual({
      url: `${BASE}/commendations`,
      body: { title: '优秀科技志愿者', awardedBy: '郑州市科学技术协会', awardedOn: '2025-12-05' },
    });
    expect(await within(commendations).findByText('郑州市科学技术协会')).toBeTruthy();
    expect(within(commendations).getByText('2025年12月5日')).toBeTruthy();
  });

  it('an auditor reads both lists but adds nothing', async () => {
    setUp(accountOf('auditor'));
    const trainings = await screen.findByTestId('volunteer-trainings');
    expect(await within(trainings).findByText('科普讲解员培训')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '登记培训' })).toBeNull();
    expect(screen.queryByRole('button', { name: '登记表彰' })).toBeNull();
  });
});
