import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { FamilyMember } from '../volunteer-api';
import { TransferForm } from './transfer-form';

const user = userEvent.setup({ delay: null });

const FAMILY: FamilyMember[] = [
  {
    volunteerId: 'vol-0123456789abcdef01234567',
    volunteerNo: '410122-2026-000007',
    name: '李秀英',
    relation: 'parent',
  },
  {
    volunteerId: 'vol-89abcdef0123456789abcdef',
    volunteerNo: '410122-2026-000008',
    name: '王强',
    relation: 'spouse',
  },
];

function renderForm(balanceMinutes = 300) {
  const onTransfer = jest.fn(async () => true);
  render(
    <App>
      <TransferForm family={FAMILY} balanceMinutes={balanceMinutes} onTransfer={onTransfer} />
    </App>,
  );
  return onTransfer;
}

const submit = () => user.click(screen.getByRole('button', { name: /转\s*出/ }));

describe('the time-bank transfer form', () => {
  it('asks for a family member and an amount before it sends anything', async () => {
    const onTransfer = renderForm();
    await submit();
    expect(await screen.findByText('请选择家庭成员')).toBeTruthy();
    expect(screen.getByText('请填写要转出的时长（大于 0）')).toBeTruthy();
    expect(onTransfer).not.toHaveBeenCalled();
  });

  it('refuses more than the balance, in hours and minutes', async () => {
    const onTransfer = renderForm(300);
    await user.click(screen.getByLabelText('李秀英（父母）'));
    await user.type(screen.getByLabelText('小时'), '5');
    await user.type(screen.getByLabelText('分钟'), '1');
    await submit();
    expect(await screen.findByText('不能超过时间银行余额（5 小时）')).toBeTruthy();
    expect(onTransfer).not.toHaveBeenCalled();
  });

  it('sends whole minutes to the chosen member once confirmed, the whole balance allowed', async () => {
    const onTransfer = renderForm(90);
    await user.click(screen.getByLabelText('王强（配偶）'));
    await user.type(screen.getByLabelText('小时'), '1');
    await user.type(screen.getByLabelText('分钟'), '30');
    await submit();
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('将把 1 小时 30 分钟 转给 王强，此操作不可撤回。')).toBeTruthy();
    expect(onTransfer).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: '确认转出' }));
    await waitFor(() =>
      expect(onTransfer).toHaveBeenCalledWith({ toVolunteerId: 'vol-89abcdef0123456789abcdef', minutes: 90 }),
    );
    expect(onTransfer).toHaveBeenCalledTimes(1);
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    const onTransfer = renderForm(300);
    await user.click(screen.getByLabelText('李秀英（父母）'));
    await user.type(screen.getByLabelText('小时'), '2');
    await user.type(screen.getByLabelText('分钟'), '30');
    await submit();
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('将把 2 小时 30 分钟 转给 李秀英，此操作不可撤回。')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: /取\s*消/ }));
    await waitFor(() => expect(screen.queryByText(/此操作不可撤回/)).toBeNull());
    expect(onTransfer).not.toHaveBeenCalled();
  });

  it('says that family must be registered first when there is none', () => {
    render(
      <App>
        <TransferForm family={[]} balanceMinutes={300} onTransfer={jest.fn()} />
      </App>,
    );
    expect(screen.getByText('登记家庭成员后才能转出时间。')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
