import { Card, Empty, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../api/client';
import { useAlerts } from '../api/queries';
import { Loading } from '../components/Loading';
import { formatDuration, formatTime } from '../format';

type Alert = Answer<'listAlerts'>['alerts'][number];

// Tag colours with a contrast of at least 4.5:1.
const STALE = { color: '#8a1c1c', background: '#fdecec', borderColor: '#e8a3a3' };
const OTHER = { color: '#6b3a00', background: '#fff3e0', borderColor: '#f0b46c' };

/** Open alerts, newest first: silent data centers, PUE above target, utilisation anomalies. */
export function Alerts() {
  const { t, i18n } = useTranslation();
  const alerts = useAlerts();
  if (!alerts.data) return <Loading query={alerts} />;
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('alerts.title')}</h1>}>
      {alerts.data.alerts.length === 0 ? <Empty description={t('alerts.none')} /> : (
        <Table<Alert>
          rowKey="id" size="small" dataSource={alerts.data.alerts} pagination={{ pageSize: 25, hideOnSinglePage: true }} data-testid="alerts"
          columns={[
            { title: t('alerts.kind'), dataIndex: 'kind', render: (k: string) => <Tag style={k === 'stale' ? STALE : OTHER}>{t(`alerts.kinds.${k}`, { defaultValue: k })}</Tag> },
            { title: t('alerts.scope'), dataIndex: 'scope' },
            { title: t('alerts.message'), dataIndex: 'message' },
            { title: t('alerts.since'), dataIndex: 'raisedAt', render: (v: string) => formatTime(v, i18n.language) },
            { title: t('alerts.openFor'), dataIndex: 'raisedAt', render: (v: string) => formatDuration(Math.max(60, (Date.now() - Date.parse(v)) / 1000), i18n.language) },
          ]}
        />
      )}
    </Card>
  );
}
