import { Breadcrumb, Card, Descriptions, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useDataCenter, useNetwork, useSummary } from '../api/queries';
import { Loading } from '../components/Loading';
import { SeriesChart } from '../components/SeriesChart';
import { Totals } from '../components/Totals';
import { formatPercent, formatTime, formatYuan } from '../format';
import { placeName } from '../names';
import { NotFound } from './NotFound';

/** One data center: its figures and series, its pools, its heartbeat. */
export function DataCenter() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { id = '' } = useParams();
  const dc = useDataCenter(id);
  const network = useNetwork();
  const summary = useSummary(`dc:${id}`);
  if (dc.error instanceof ApiError && dc.error.status === 404) return <NotFound />;
  if (!dc.data || !network.data) return <Loading query={dc.data ? network : dc} />;
  const d = dc.data;
  const hub = network.data.hubs.find((h) => h.id === d.hub);
  const cluster = network.data.clusters.find((c) => c.id === d.cluster);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[
        { title: <Link to="/">{t('hub.back')}</Link> },
        ...(hub ? [{ title: <Link to={`/hubs/${encodeURIComponent(hub.id)}`}>{placeName(hub, lang)}</Link> }] : []),
        ...(cluster ? [{ title: placeName(cluster, lang) }] : []),
        { title: placeName(d, lang) },
      ]} />
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('dc.title', { name: placeName(d, lang) })}</Typography.Title>
      <Card>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} items={[
          { key: 'id', label: t('dc.id'), children: d.id },
          { key: 'province', label: t('dc.province'), children: d.province },
          { key: 'operator', label: t('dc.operator'), children: d.operator ?? '–' },
          { key: 'pue', label: t('dc.pue'), children: d.pue },
          { key: 'green', label: t('dc.green'), children: formatPercent(d.greenShare, lang) },
          { key: 'heartbeat', label: t('dc.heartbeat'), children: summary.data?.lastReportAt ? formatTime(summary.data.lastReportAt, lang) : t('operator.neverReported') },
        ]} />
      </Card>
      {summary.data ? <Totals summary={summary.data} title={t('dc.totals')} /> : <Loading query={summary} />}
      <SeriesChart scope={`dc:${id}`} metric="utilisation" title={t('hub.series')} />
      <Card title={t('dc.pools')}>
        <Table size="small" rowKey="id" pagination={false} dataSource={d.pools}
          columns={[
            { title: t('operator.pool'), dataIndex: 'id' },
            { title: t('offers.what'), render: (_, p) => `${t(`totals.class.${p.class}`)} · ${p.model}` },
            { title: t('operator.units'), dataIndex: 'units', align: 'right' },
            { title: t('dc.unitTflops'), dataIndex: 'unitTflops', align: 'right' },
            { title: t('operator.listPriceShort'), align: 'right', render: (_, p) => formatYuan(p.priceMinor, lang) },
          ]} />
      </Card>
    </Space>
  );
}
