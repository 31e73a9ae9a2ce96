import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { CertificateRequestForm } from './certificate-request-form';

const user = userEvent.setup({ delay: null });

function renderForm() {
  const onRequest = jest.fn(async () => true);
  render(
    <App>
      <CertificateRequestForm onRequest={onRequest} today="2026-06-15" />
    </App>,
  );
  return onRequest;
}

/** Types a date into one of the range picker's inputs the way a person does, then leaves it. */
async function typeDate(placeholder: string, date: string) {
  const input = screen.getByPlaceholderText(placeholder);
  await user.click(input);
  fireEvent.change(input, { target: { value: date } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
}

describe('the certificate request form', () => {
  it('asks for the period before it sends anything', async () => {
    const onRequest = renderForm();
    await user.click(screen.getByRole('button', { name: '申请证明' }));
    expect(await screen.findByText('请选择服务期间')).toBeTruthy();
    expect(onRequest).not.toHaveBeenCalled();
  });

  it('sends the period and the purpose as typed', async () => {
    const onRequest = renderForm();
    await typeDate('开始日期', '2026-01-01');
    await typeDate('结束日期', '2026-03-31');
    await user.type(screen.getByPlaceholderText('如：升学、求职、评优'), '  升学  ');
    await user.click(screen.getByRole('button', { name: '申请证明' }));
    await waitFor(() =>
      expect(onRequest).toHaveBeenCalledWith({ from: '2026-01-01', to: '2026-03-31', purpose: '升学' }),
    );
    // Issued: the form clears, so a second click does not ask for the same certificate again.
    await waitFor(() => expect((screen.getByPlaceholderText('开始日期') as HTMLInputElement).value).toBe(''));
  });

  it('leaves the purpose out when it is blank', async () => {
    const onRequest = renderForm();
    await typeDate('开始日期', '2026-06-01');
    await typeDate('结束日期', '2026-06-15');
    await user.click(screen.getByRole('button', { name: '申请证明' }));
    await waitFor(() => expect(onRequest).toHaveBeenCalledWith({ from: '2026-06-01', to: '2026-06-15' }));
  });

  it('does not take a day after today', async () => {
    const onRequest = renderForm();
    await typeDate('开始日期', '2026-06-01');
    await typeDate('结束日期', '2026-06-16');
    await user.click(screen.getByRole('button', { name: '申请证明' }));
    expect(await screen.findByText(/请选择服务期间|结束日期不能晚于今天/)).toBeTruthy();
    expect(onRequest).not.toHaveBeenCalled();
  });
});
