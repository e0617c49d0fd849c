import { Card, Col, List, Row, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useFlows, useNetwork, useNetworkMap, useSummary } from '../api/queries';
import { ChinaMap } from '../components/ChinaMap';
import type { ColourBy } from '../components/ChinaMap';
import { Loading } from '../components/Loading';
import { Totals } from '../components/Totals';
import { formatNumber, formatPercent } from '../format';
import { placeName } from '../names';

/** The nation: the map of data centers by hub, the hubs as text, and the national totals against the public targets. */
export function Overview() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [colourBy, setColourBy] = useState<ColourBy>('fill');
  const [flowSpan, setFlowSpan] = useState<'1h' | '1d'>('1h');
  const flows = useFlows(flowSpan);
  const network = useNetwork();
  const dcs = useNetworkMap();
  const summary = useSummary('national');
  if (!network.data || !dcs.data) return <Loading query={network.data ? dcs : network} />;
  const n = network.data;
  const national = n.hubs.filter((h) => h.national);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('overview.title')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card
            title={t('overview.map')}
            extra={<Segmented aria-label={t('overview.colourBy')} value={colourBy} onChange={(v) => setColourBy(v as ColourBy)}
              options={(['fill', 'pue', 'green'] as const).map((c) => ({ label: t(`overview.colour.${c}`), value: c }))} />}
          >
            <ChinaMap hubs={n.hubs} dataCenters={dcs.data.dataCenters} colourBy={colourBy} onHub={(id) => navigate(`/hubs/${encodeURIComponent(id)}`)} origins={n.origins} flows={flows.data?.flows} />
            <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Text type="secondary">{t('overview.size')}</Typography.Text>
              <Space wrap>
                <Segmented aria-label={t('overview.flowWindow')} value={flowSpan} onChange={(v) => setFlowSpan(v as '1h' | '1d')}
                  options={[{ label: t('overview.lastHour'), value: '1h' }, { label: t('overview.lastDay'), value: '1d' }]} />
                {flows.data && (
                  <Typography.Text data-testid="flow-totals">
                    {t('overview.flowTotals', {
                      eastToWest: formatNumber(flows.data.totals.eastToWestUnitHours, i18n.language), total: formatNumber(flows.data.totals.unitHours, i18n.language),
                      batchWest: formatPercent(flows.data.totals.batchWestShare, i18n.language),
                    })}
                  </Typography.Text>
                )}
              </Space>
            </Space>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('overview.hubs')}>
            <Typography.Paragraph>{t('overview.hubsCount', { count: national.length, clusters: n.counts.clusters, dataCenters: n.counts.dataCenters })}</Typography.Paragraph>
            <nav aria-label={t('overview.hubs')}>
              <List
                size="small"
                dataSource={n.hubs}
                renderItem={(h) => (
                  <List.Item data-testid="hub">
                    <Link to={`/hubs/${encodeURIComponent(h.id)}`}>{placeName(h, i18n.language)}</Link>
                    <Tag color={h.national ? 'blue' : 'default'}>{t(h.national ? 'overview.nationalHub' : 'overview.otherHub')}</Tag>
                  </List.Item>
                )}
              />
            </nav>
          </Card>
        </Col>
      </Row>
      {summary.data ? <Totals summary={summary.data} title={t('totals.title')} /> : <Loading query={summary} />}
    </Space>
  );
}
