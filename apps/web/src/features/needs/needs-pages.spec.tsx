import { render, screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { installFetch, jsonResponse, on, problemResponse } from '../../../test/fake-fetch';
import { ConsoleApp } from '../../app/app';
import { forgetRegions } from '../../components/regions/region-api';
import { bodyOf } from '../admin/organisation/shared/testing/signed-in';
import type { PublicNeed } from './needs-api';

const user = userEventModule.setup({ delay: null });

const region = (
  code: string,
  name: string,
  level: string,
  parentCode: string | null,
  hasChildren: boolean,
) => ({
  code,
  name,
  level,
  parentCode,
  hasChildren,
});

const regionRoute = on('GET', '/api/v1/regions', (url) => {
  const parent = new URL(url, 'http://console').searchParams.get('parent');
  const items =
    parent === null
      ? [region('410000', '河南省', 'province', null, true)]
      : parent === '410000'
        ? [region('410100', '郑州市', 'city', '410000', true)]
        : [region('410122', '中牟县', 'county', '410100', false)];
  return jsonResponse(200, { items });
});

const open = (path: string) => {
  window.history.pushState({}, '', path);
  render(<ConsoleApp />);
};

async function pick(label: string, option: string) {
  await user.click(await screen.findByRole('combobox', { name: label }));
  await user.click(await screen.findByText(option, { selector: '.ant-select-item-option-content' }));
}

describe('群众点单 /needs/new', () => {
  beforeEach(() => {
    sessionStorage.clear();
    forgetRegions();
  });

  it('asks for what is missing and for the consent, sends the need, and shows the access code once', async () => {
    const sent: unknown[] = [];
    installFetch(
      regionRoute,
      on('POST', '/api/v1/public/needs', (_url, init) => {
        sent.push(bodyOf(init));
        return jsonResponse(201, {
          trackingNo: 'XQ-20261118-0001',
          status: 'submitted',
          accessToken: 'tok-secret-42',
        });
      }),
    );
    open('/needs/new');
    const submit = await screen.findByRole('button', { name: '提交需求' });
    await user.click(submit);
    expect(await screen.findByText('请填写需求标题')).toBeTruthy();
    expect(screen.getByText('请选择所在地区（到县、区）')).toBeTruthy();
    expect(screen.getByText('请先阅读并同意个人信息说明')).toBeTruthy();
    expect(screen.getByText(/个人信息说明：姓名和电话只用于联系您办理本需求/)).toBeTruthy();

    await user.type(screen.getByLabelText('需求标题'), '果树病虫害防治培训');
    await user.type(screen.getByLabelText('需求说明'), '村里苹果树今年病虫害多，想请专家来讲一次。');
    await pick('服务领域', '乡村振兴');
    await pick('省', '河南省');
    await pick('市', '郑州市');
    await pick('县（区）', '中牟县');
    await user.type(screen.getByLabelText('联系人姓名'), '王建国');
    await user.type(screen.getByLabelText('联系电话'), '1380000');
    await user.type(screen.getByLabelText('单位（选填）'), '大孟镇李庄村委会');
    await user.click(submit);
    expect(await screen.findByText('请填写 11 位手机号码')).toBeTruthy();
    await user.type(screen.getByLabelText('联系电话'), '0000');
    await user.click(submit);
    await waitFor(() => expect(screen.queryByText('请填写 11 位手机号码')).toBeNull());
    expect(sent).toEqual([]);

    await user.click(screen.getByLabelText('我同意科协为办理本需求使用我的姓名和电话'));
    await user.click(submit);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      title: '果树病虫害防治培训',
      description: '村里苹果树今年病虫害多，想请专家来讲一次。',
      field: 'rural-revitalization',
      regionCode: '410122',
      requester: { name: '王建国', phone: '13800000000', organisation: '大孟镇李庄村委会' },
      consent: true,
    });

    expect((await screen.findByRole('alert')).textContent).toContain('请保存查询码，它只显示这一次');
    expect(screen.getByTestId('tracking-no').textContent).toContain('XQ-20261118-0001');
    expect(screen.getByTestId('access-token').textContent).toContain('tok-secret-42');
    expect(screen.getAllByRole('button', { name: /复制|copy/i })).toHaveLength(2);
    expect(screen.getByRole('link', { name: '查看办理进度' }).getAttribute('href')).toBe(
      '/needs/track?no=XQ-20261118-0001',
    );

    // Once: leaving the receipt leaves no trace of the code on the page.
    await user.click(screen.getByRole('button', { name: '再提交一条需求' }));
    expect(await screen.findByRole('button', { name: '提交需求' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('tok-secret-42');
  });

  it('is linked from the sign-in page', async () => {
    installFetch(regionRoute);
    open('/login');
    await user.click(await screen.findByRole('link', { name: '群众点单：提交科技服务需求' }));
    expect(await screen.findByRole('button', { name: '提交需求' })).toBeTruthy();
    expect(window.location.pathname).toBe('/needs/new');
  });
});

describe('查询需求办理进度 /needs/track', () => {
  beforeEach(() => sessionStorage.clear());

  const FULFILLED: PublicNeed = {
    trackingNo: 'XQ-20261118-0001',
    title: '果树病虫害防治培训',
    status: 'fulfilled',
    timeline: [
      { type: 'NeedSubmitted', at: '2026-11-18T02:00:00.000Z' },
      { type: 'NeedAccepted', at: '2026-11-18T06:30:00.000Z' },
      { type: 'NeedDispatched', at: '2026-11-19T01:00:00.000Z' },
      { type: 'NeedReturned', at: '2026-11-19T01:30:00.000Z', reason: '队伍本月人手不足' },
      { type: 'NeedDispatched', at: '2026-11-19T01:45:00.000Z' },
      { type: 'NeedTaken', at: '2026-11-19T02:00:00.000Z' },
      { type: 'NeedFulfilled', at: '2026-11-25T08:00:00.000Z' },
    ],
    rating: null,
  };

  it('reads the pair from the link, shows the status and timeline in words, and takes one rating', async () => {
    let current: PublicNeed = FULFILLED;
    const tokens: unknown[] = [];
    const ratings: unknown[] = [];
    installFetch(
      on('GET', '/api/v1/public/needs/XQ-20261118-0001', (_url, init) => {
        tokens.push((init.headers as Record<string, string>)['X-Need-Token']);
        return jsonResponse(200, current);
      }),
      on('POST', '/api/v1/public/needs/XQ-20261118-0001/rating', (_url, init) => {
        tokens.push((init.headers as Record<string, string>)['X-Need-Token']);
        ratings.push(bodyOf(init));
        current = { ...FULFILLED, status: 'rated', rating: { score: 4, comment: '讲得很实用' } };
        return jsonResponse(201, {});
      }),
    );
    // A secret in the address is not read: the number is filled in, the code is typed.
    open('/needs/track?no=XQ-20261118-0001&token=tok-secret-42');
    expect((await screen.findByLabelText('查询码')).getAttribute('value') ?? '').toBe('');
    await user.type(screen.getByLabelText('查询码'), 'tok-secret-42');
    await user.click(screen.getByRole('button', { name: '查询进度' }));
    const status = await screen.findByTestId('need-status');
    expect(status.textContent).toContain('当前状态：已完成');
    for (const words of [
      '2026年11月18日 10:00 已提交',
      '2026年11月18日 14:30 已受理',
      '2026年11月19日 09:30 队伍退回（队伍本月人手不足）',
      '2026年11月19日 10:00 已接单',
      '2026年11月25日 16:00 已完成',
    ]) {
      expect(status.textContent).toContain(words);
    }
    await user.click(within(status).getByRole('button', { name: '提交评价' }));
    expect(await screen.findByText('请选择 1–5 星')).toBeTruthy();
    expect(ratings).toEqual([]);
    await user.click(within(status).getAllByRole('radio')[3]);
    await user.type(within(status).getByLabelText('意见（选填）'), '讲得很实用');
    await user.click(within(status).getByRole('button', { name: '提交评价' }));
    expect(await screen.findByText('感谢您的评价')).toBeTruthy();
    expect(ratings).toEqual([{ score: 4, comment: '讲得很实用' }]);
    expect(screen.getByTestId('need-status').textContent).toContain('已评价');
    expect(screen.getByText('已评价：4 星')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交评价' })).toBeNull();
    expect(tokens).toEqual(['tok-secret-42', 'tok-secret-42', 'tok-secret-42']);
  });

  it('a wrong number or code is one sentence that does not say which', async () => {
    installFetch(on('GET', /^\/api\/v1\/public\/needs\//, () => problemResponse(404, 'NOT_FOUND')));
    open('/needs/track?no=XQ-20261118-0001');
    await user.type(await screen.findByLabelText('查询码'), 'not-the-code');
    await user.click(screen.getByRole('button', { name: '查询进度' }));
    expect((await screen.findByRole('alert')).textContent).toBe('查询码或编号不正确');
    expect(screen.queryByTestId('need-status')).toBeNull();
  });
});
