import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { CertificateRequestForm } from '../features/volunteer/certificates/certificate-request-form';
import { NARROW_QUERY } from './date-range-field';

const user = userEvent.setup({ delay: null });
const wide = window.matchMedia;

/** A screen as wide as `width`: the narrow query answers as a phone's browser would. */
function screenWidth(width: number) {
  window.matchMedia = ((query: string) => ({
    ...wide(query),
    matches: query === NARROW_QUERY && width < 600,
  })) as typeof window.matchMedia;
}

async function typeDate(placeholder: string, date: string) {
  const input = screen.getByPlaceholderText(placeholder);
  await user.click(input);
  fireEvent.change(input, { target: { value: date } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
}

function renderForm() {
  const onRequest = jest.fn(async () => true);
  render(
    <App>
      <CertificateRequestForm onRequest={onRequest} today="2026-06-15" />
    </App>,
  );
  return onRequest;
}

describe('a period field', () => {
  afterEach(() => {
    window.matchMedia = wide;
  });

  it('on a phone is two date fields, one under the other, with one-month calendars', async () => {
    screenWidth(375);
    const onRequest = renderForm();
    expect(screen.getByTestId('date-range-narrow')).toBeTruthy();
    expect(document.querySelector('.ant-picker-range')).toBeNull();
    await typeDate('开始日期', '2026-01-01');
    await typeDate('结束日期', '2026-03-31');
    await user.click(screen.getByRole('button', { name: '申请证明' }));
    await waitFor(() => expect(onRequest).toHaveBeenCalledWith({ from: '2026-01-01', to: '2026-03-31' }));
  });

  it('on a phone still asks for both days', async () => {
    screenWidth(375);
    const onRequest = renderForm();
    await typeDate('开始日期', '2026-01-01');
    await user.click(screen.getByRole('button', { name: '申请证明' }));
    expect(await screen.findByText('请选择服务期间')).toBeTruthy();
    expect(onRequest).not.toHaveBeenCalled();
  });

  it('on a wide screen is one range picker', () => {
    screenWidth(1280);
    renderForm();
    expect(screen.queryByTestId('date-range-narrow')).toBeNull();
    expect(document.querySelector('.ant-picker-range')).not.toBeNull();
  });
});
