import { Navigate, useLocation } from 'react-router-dom';

/**
 * The address a check-in QR code holds (`/check-in?code=…`): a phone's own camera app opens it, and
 * the volunteer lands on 扫码签到 with the code read. Kept apart from the page so the console's
 * frame does not carry the volunteer's pages.
 */
export function CheckInLink() {
  const { search } = useLocation();
  return <Navigate to={`/volunteer/check-in${search}`} replace />;
}
