import { Breadcrumb, Card, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Answer } from '../api/client';
import { useDataCenters, useNetwork, useSummary } from '../api/queries';
import { capacityP } from '../components/ChinaMap';
import { Loading } from '../components/Loading';
import { SeriesChart } from '../components/SeriesChart';
import { Totals } from '../components/Totals';
import { formatNumber, formatPercent } from '../format';
import { placeName } from '../names';
import { NotFound } from './NotFound';

type DataCenter = Answer<'listDataCenters'>['dataCenters'][number];

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
        {dcs.data ? (
          <Table<DataCenter>
            rowKey="id" size="small" dataSource={dcs.data} pagination={{ pageSize: 20, hideOnSinglePage: true }} data-testid="hub-datacenters"
            columns={[
              { title: t('dc.name'), sorter: (a, b) => placeName(a, lang).localeCompare(placeName(b, lang), lang), render: (_, d) => <Link to={`/datacenters/${encodeURIComponent(d.id)}`}>{placeName(d, lang)}</Link> },
              { title: t('dc.cluster'), render: (_, d) => { const c = network.data.clusters.find((x) => x.id === d.cluster); return c ? placeName(c, lang) : '–'; } },
              { title: t('dc.id'), dataIndex: 'id' },
              { title: t('dc.province'), dataIndex: 'province' },
              { title: t('dc.pools'), render: (_, d) => d.pools.map((p) => p.model).join(', ') },
              { title: t('dc.capacity'), align: 'right', sorter: (a, b) => capacityP(a) - capacityP(b), render: (_, d) => formatNumber(capacityP(d), lang) },
              { title: t('dc.pue'), dataIndex: 'pue', align: 'right', sorter: (a, b) => a.pue - b.pue },
              { title: t('dc.green'), align: 'right', sorter: (a, b) => a.greenShare - b.greenShare, render: (_, d) => formatPercent(d.greenShare, lang) },
            ]}
          />
        ) : <Loading query={dcs} />}
      </Card>
    </Space>
  );
}
