import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useMessages } from '../i18n/messages';
import { shellMessages } from './shell-messages';

export function NotFoundPage() {
  const t = useMessages(shellMessages);
  return (
    <Result
      status="404"
      title={t('notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('backHome')}</Button>
        </Link>
      }
    />
  );
}
