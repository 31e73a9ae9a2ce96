import { ReloadOutlined } from '@ant-design/icons';
import { Button, Col, Input, Row, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useMessages } from '../../../../i18n/messages';
import { sharedMessages } from './shared-messages';

/** A register's title, its search box and its buttons, wrapping on a narrow screen. */
export function RegisterHeader({
  title,
  searchPlaceholder,
  onSearch,
  onReload,
  children,
}: {
  title: string;
  searchPlaceholder?: string;
  onSearch?: (q: string) => void;
  onReload?: () => void;
  children?: ReactNode;
}) {
  const t = useMessages(sharedMessages);
  return (
    <Row justify="space-between" align="middle" gutter={[8, 8]} style={{ marginBottom: 16 }}>
      <Col>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
      </Col>
      <Col flex="auto" style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Space wrap style={{ justifyContent: 'flex-end' }}>
          {onSearch && (
            <Input.Search
              allowClear
              placeholder={searchPlaceholder}
              enterButton={t('search')}
              onSearch={(value) => onSearch(value.trim())}
              style={{ width: 280, maxWidth: '100%' }}
              data-testid="register-search"
            />
          )}
          {onReload && <Button icon={<ReloadOutlined />} onClick={onReload} aria-label={t('refresh')} />}
          {children}
        </Space>
      </Col>
    </Row>
  );
}
