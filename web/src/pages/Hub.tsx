import { Breadcrumb, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useDataCenters, useNetwork, useSummary } from '../api/queries';
import { DataCenterTable } from '../components/DataCenterTable';
import { Loading } from '../components/Loading';
import { SeriesChart } from '../components/SeriesChart';
import { Totals } from '../components/Totals';
import { placeName } from '../names';
import { NotFound } from './NotFound';

/** One hub: its totals, its utilisation over time and its data centers. */
export function Hub() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const network = useNetwork();
  const dcs = useDataCenters(id);
  const summary = useSummary(`hub:${id}`);
  if (!network.data) return <Loading query={network} />;
  const hub = network.data.hubs.find((h) => h.id === id);
  if (!hub) return <NotFound />;
  const lang = i18n.language;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/">{t('hub.back')}</Link> }, { title: placeName(hub, lang) }]} />
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('hub.title', { name: placeName(hub, lang) })}</Typography.Title>
      {summary.data ? <Totals summary={summary.data} title={t('totals.hubTitle')} /> : <Loading query={summary} />}
      <SeriesChart scope={`hub:${id}`} metric="utilisation" title={t('hub.series')} />
      <Card title={t('hub.dataCenters')}>
        {dcs.data ? <DataCenterTable dataCenters={dcs.data} clusters={network.data.clusters} /> : <Loading query={dcs} />}
      </Card>
    </Space>
  );
}
