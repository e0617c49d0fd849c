import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Answer } from '../api/client';
import { formatNumber, formatPercent } from '../format';
import { placeName } from '../names';
import { capacityP } from './ChinaMap';

type DataCenter = Answer<'listDataCenters'>['dataCenters'][number];
type Cluster = Answer<'getNetwork'>['clusters'][number];

/** Data centers with their cluster, pools, capacity, PUE and green share; each name opens its page, each cluster its own. */
export function DataCenterTable(props: { dataCenters: DataCenter[]; clusters: Cluster[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Table<DataCenter>
      rowKey="id" size="small" dataSource={props.dataCenters} pagination={{ pageSize: 20, hideOnSinglePage: true }} data-testid="hub-datacenters"
      columns={[
        { title: t('dc.name'), sorter: (a, b) => placeName(a, lang).localeCompare(placeName(b, lang), lang), render: (_, d) => <Link to={`/datacenters/${encodeURIComponent(d.id)}`}>{placeName(d, lang)}</Link> },
        {
          title: t('dc.cluster'), render: (_, d) => {
            const c = props.clusters.find((x) => x.id === d.cluster);
            return c ? <Link to={`/clusters/${encodeURIComponent(c.id)}`}>{placeName(c, lang)}</Link> : '–';
          },
        },
        { title: t('dc.id'), dataIndex: 'id' },
        { title: t('dc.province'), dataIndex: 'province' },
        { title: t('dc.pools'), render: (_, d) => d.pools.map((p) => p.model).join(', ') },
        { title: t('dc.capacity'), align: 'right', sorter: (a, b) => capacityP(a) - capacityP(b), render: (_, d) => formatNumber(capacityP(d), lang) },
        { title: t('dc.pue'), dataIndex: 'pue', align: 'right', sorter: (a, b) => a.pue - b.pue },
        { title: t('dc.green'), align: 'right', sorter: (a, b) => a.greenShare - b.greenShare, render: (_, d) => formatPercent(d.greenShare, lang) },
      ]}
    />
  );
}
