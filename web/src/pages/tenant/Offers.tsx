import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Query } from '../../api/client';
import { useNetwork, useOffers } from '../../api/queries';
import { EChart } from '../../components/EChart';
import { Loading } from '../../components/Loading';
import { formatDuration, formatNumber, formatPercent, formatYuan } from '../../format';
import { placeName } from '../../names';
import { BuyOfferDialog } from './BuyOfferDialog';

type Offer = Answer<'searchOffers'>['offers'][number];
type Filters = Omit<Query<'searchOffers'>, 'cursor' | 'limit'>;

const CLASSES = ['general', 'intelligent', 'super'] as const;
const MODES = ['on-demand', 'reserved', 'spot'] as const;
const PAGE = 20;

/**
 * Offer search, in the manner of a GPU marketplace: filter by class, model,
 * hub or province, price, green share and latency from a chosen city, and
 * mode; sort; and see price against latency beside the list.
 */
export function Offers(props: { me: Answer<'whoAmI'> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const network = useNetwork();
  const [filters, setFilters] = useState<Filters>({ sort: 'price' });
  const [page, setPage] = useState(0);
  const [buying, setBuying] = useState<Offer>();
  const origin = filters.origin ?? network.data?.origins[0]?.id;
  const query: Query<'searchOffers'> = { ...filters, ...(origin && { origin }), limit: PAGE, ...(page > 0 && { cursor: String(page * PAGE) }) };
  const offers = useOffers(query, origin !== undefined);
  const buyer = props.me.role === 'tenant-admin' || props.me.role === 'tenant-member' || props.me.role === 'platform-admin';
  const hubs = network.data?.hubs ?? [];
  const hubName = (id: string) => placeName(hubs.find((h) => h.id === id) ?? { name: id }, lang);
  const scatter = useMemo(() => ({
    grid: { left: 56, right: 16, top: 24, bottom: 48 },
    tooltip: { trigger: 'item', formatter: (p: { data: { name: string; value: number[] } }) => `${p.data.name}<br/>${formatNumber(p.data.value[0], lang)} ms · ${formatYuan(p.data.value[1], lang)}` },
    xAxis: { type: 'value', name: t('offers.latencyAxis'), nameLocation: 'middle', nameGap: 28, min: 0 },
    yAxis: { type: 'value', name: t('offers.priceAxis'), axisLabel: { formatter: (v: number) => formatYuan(v, lang) } },
    series: [{
      type: 'scatter', symbolSize: 12,
      data: (offers.data?.offers ?? []).map((o) => ({ name: `${o.dataCenter} · ${o.model} · ${t(`mode.${o.mode}`)}`, value: [o.latencyMs ?? 0, o.priceMinor], itemStyle: { color: o.greenShare >= 0.8 ? '#2e7d4f' : o.greenShare >= 0.5 ? '#c28a00' : '#b3403a' } })),
    }],
  }), [offers.data, lang, t]);
  if (!network.data) return <Loading query={network} />;
  const set = (patch: Partial<Filters>) => {
    setPage(0);
    setFilters((f) => Object.fromEntries(Object.entries({ ...f, ...patch }).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Filters);
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('offers.title')}</Typography.Title>
      <Card>
        <Form layout="inline" style={{ rowGap: 8 }} aria-label={t('offers.filters')}>
          <Form.Item label={t('offers.class')} htmlFor="f-class"><Select id="f-class" allowClear style={{ width: 140 }} value={filters.class} onChange={(v) => set({ class: v })} options={CLASSES.map((c) => ({ value: c, label: t(`totals.class.${c}`) }))} data-testid="filter-class" /></Form.Item>
          <Form.Item label={t('offers.mode')} htmlFor="f-mode"><Select id="f-mode" allowClear style={{ width: 140 }} value={filters.mode} onChange={(v) => set({ mode: v })} options={MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))} /></Form.Item>
          <Form.Item label={t('offers.model')} htmlFor="f-model"><Input id="f-model" allowClear style={{ width: 120 }} placeholder={t('offers.modelHint')} value={filters.model} onChange={(e) => set({ model: e.target.value || undefined })} /></Form.Item>
          <Form.Item label={t('offers.province')} htmlFor="f-province"><Input id="f-province" allowClear style={{ width: 130 }} placeholder={t('offers.provinceHint')} value={filters.province} onChange={(e) => set({ province: e.target.value || undefined })} /></Form.Item>
          <Form.Item label={t('offers.hub')} htmlFor="f-hub"><Select id="f-hub" allowClear style={{ width: 160 }} value={filters.hub} onChange={(v) => set({ hub: v })} options={hubs.map((h) => ({ value: h.id, label: placeName(h, lang) }))} /></Form.Item>
          <Form.Item label={t('offers.origin')} htmlFor="f-origin"><Select id="f-origin" style={{ width: 160 }} value={origin} onChange={(v) => set({ origin: v })} options={network.data.origins.map((o) => ({ value: o.id, label: placeName(o, lang) }))} data-testid="filter-origin" /></Form.Item>
          <Form.Item label={t('offers.maxPrice')} htmlFor="f-price"><InputNumber id="f-price" min={0} step={0.5} style={{ width: 120 }} value={filters.maxPrice === undefined ? null : Number(filters.maxPrice)} onChange={(v) => set({ maxPrice: v === null ? undefined : String(v) })} /></Form.Item>
          <Form.Item label={t('offers.minGreen')} htmlFor="f-green"><InputNumber id="f-green" min={0} max={100} step={10} style={{ width: 100 }} suffix="%" value={filters.minGreenShare === undefined ? null : Number(filters.minGreenShare) * 100} onChange={(v) => set({ minGreenShare: v === null ? undefined : v / 100 })} /></Form.Item>
          <Form.Item label={t('offers.maxLatency')} htmlFor="f-latency"><InputNumber id="f-latency" min={0} style={{ width: 110 }} suffix="ms" value={filters.maxLatencyMs ?? null} onChange={(v) => set({ maxLatencyMs: v ?? undefined })} /></Form.Item>
          <Form.Item label={t('offers.sort')} htmlFor="f-sort"><Select id="f-sort" style={{ width: 150 }} value={filters.sort} onChange={(v) => set({ sort: v })} options={(['price', 'latency', 'greenShare'] as const).map((s) => ({ value: s, label: t(`offers.sortBy.${s}`) }))} /></Form.Item>
        </Form>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card title={t('offers.results')}>
            {offers.data ? (
              <Table<Offer>
                rowKey="id" size="small" dataSource={offers.data.offers} data-testid="offers" scroll={{ x: 900 }}
                pagination={{ current: page + 1, pageSize: PAGE, total: offers.data.nextCursor ? (page + 2) * PAGE : page * PAGE + offers.data.offers.length, onChange: (p) => setPage(p - 1), showSizeChanger: false, hideOnSinglePage: true }}
                columns={[
                  { title: t('offers.where'), render: (_, o) => <span>{o.dataCenter}<br /><Typography.Text type="secondary">{hubName(o.hub)} · {o.province}</Typography.Text></span> },
                  { title: t('offers.what'), render: (_, o) => `${t(`totals.class.${o.class}`)} · ${o.model}` },
                  { title: t('offers.mode'), dataIndex: 'mode', render: (m: string, o) => <Tag>{t(`mode.${m}`)}{o.termS ? ` · ${formatDuration(o.termS, lang)}` : ''}</Tag> },
                  { title: t('offers.price'), align: 'right', render: (_, o) => <span>{formatYuan(o.price, lang)}{o.discountPct ? <><br /><Typography.Text type="secondary">{t('offers.discount', { pct: formatNumber(o.discountPct, lang) })}</Typography.Text></> : null}</span> },
                  { title: t('offers.available'), dataIndex: 'available', align: 'right' },
                  { title: t('offers.latency'), align: 'right', render: (_, o) => (o.latencyMs === undefined ? '–' : `${formatNumber(o.latencyMs, lang)} ms`) },
                  { title: t('offers.green'), align: 'right', render: (_, o) => formatPercent(o.greenShare, lang) },
                  { title: t('offers.pue'), dataIndex: 'pue', align: 'right' },
                  ...(buyer ? [{ title: t('offers.action'), render: (_: unknown, o: Offer) => <Button size="small" type="primary" disabled={o.available === 0 || o.state !== 'open'} onClick={() => setBuying(o)} aria-label={t('offers.buyOffer', { id: o.id })}>{t('offers.buy')}</Button> }] : []),
                ]}
              />
            ) : <Loading query={offers} />}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('offers.scatter')} style={{ position: 'sticky', top: 16 }}>
            <EChart option={scatter} notMerge style={{ height: 420 }} data-testid="offers-scatter" />
            <Typography.Text type="secondary">{t('offers.scatterHelp')}</Typography.Text>
          </Card>
        </Col>
      </Row>
      {buying && <BuyOfferDialog offer={buying} me={props.me} onClose={() => setBuying(undefined)} />}
    </Space>
  );
}
