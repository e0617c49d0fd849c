import { useQuery } from '@tanstack/react-query';
import { Card, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Answer } from '../../api/client';
import { Loading } from '../../components/Loading';
import { Tone } from '../../components/Tone';

type Setting = Answer<'getSettings'>['settings'][number];

/** The settings in force, read-only, each with where it came from: a file, the environment, a flag, or its default. */
export function Settings() {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => api<Answer<'getSettings'>>('GET', '/v1/settings') });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('admin.settings')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.settingsHelp')}</Typography.Paragraph>
      <Card>
        {settings.data ? (
          <Table<Setting> rowKey="key" size="small" dataSource={settings.data.settings} pagination={false} data-testid="settings"
            columns={[
              { title: t('admin.setting'), dataIndex: 'key', render: (k: string) => <code>{k}</code> },
              { title: t('admin.value'), dataIndex: 'value', render: (v: unknown) => <code>{v === null ? '–' : JSON.stringify(v)}</code> },
              { title: t('admin.source'), dataIndex: 'source', render: (s: string) => (s === 'default' ? <Tone tone="neutral">{t('admin.default')}</Tone> : <Tone tone="info">{s}</Tone>) },
              { title: t('admin.env'), dataIndex: 'env', render: (e: string) => <code>{e}</code> },
              { title: t('admin.meaning'), dataIndex: 'description' },
            ]} />
        ) : <Loading query={settings} />}
      </Card>
    </Space>
  );
}
