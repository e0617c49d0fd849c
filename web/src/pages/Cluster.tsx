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

/** One of the national data center clusters: its totals, its utilisation over time and its data centers, between its hub and them. */
export function Cluster() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { id = '' } = useParams();
  const network = useNetwork();
  const cluster = network.data?.clusters.find((c) => c.id === id);
  const dcs = useDataCenters(cluster?.hubId);
  const summary = useSummary(`cluster:${id}`);
  if (!network.data) return <Loading query={network} />;
  if (!cluster) return <NotFound />;
  const hub = network.data.hubs.find((h) => h.id === cluster.hubId);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[
        { title: <Link to="/">{t('hub.back')}</Link> },
        ...(hub ? [{ title: <Link to={`/hubs/${encodeURIComponent(hub.id)}`}>{placeName(hub, lang)}</Link> }] : []),
        { title: placeName(cluster, lang) },
      ]} />
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('cluster.title', { name: placeName(cluster, lang) })}</Typography.Title>
      {summary.data ? <Totals summary={summary.data} title={t('cluster.totals')} /> : <Loading query={summary} />}
      <SeriesChart scope={`cluster:${id}`} metric="utilisation" title={t('hub.series')} />
      <Card title={t('hub.dataCenters')}>
        {dcs.data ? <DataCenterTable dataCenters={dcs.data.filter((d) => d.cluster === id)} clusters={network.data.clusters} /> : <Loading query={dcs} />}
      </Card>
    </Space>
  );
}
