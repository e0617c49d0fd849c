import { useQueries } from '@tanstack/react-query';
import { App, Card, Col, Descriptions, InputNumber, Popconfirm, Row, Space, Table, Tag, Typography, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { Answer } from '../../api/client';
import { usePatchOffer } from '../../api/mutations';
import { qs, useJobs, useOffers, useStatement } from '../../api/queries';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { JobState } from '../../components/JobState';
import { Loading } from '../../components/Loading';
import { formatNumber, formatTime, formatYuan } from '../../format';
import { placeName } from '../../names';
import { NewOfferButton } from './OfferForm';
import { Tone } from '../../components/Tone';

type Offer = Answer<'searchOffers'>['offers'][number];
type Job = Answer<'listJobs'>['jobs'][number];

/** How long ago a time was, in seconds, or null. */
const ageS = (iso: string | null | undefined) => (iso ? Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000)) : null);

/** One data center of the operator: its pools with their use now, and its agent's last report. */
function DataCenterCard(props: { dc: Answer<'getDataCenter'>; summary: Answer<'getSummary'> | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const s = props.summary;
  const age = ageS(s?.lastReportAt);
  const heartbeat = age === null ? <Tone tone="bad">{t('operator.neverReported')}</Tone> : <Tone tone={age > 120 ? 'bad' : 'good'} testId="heartbeat">{t('operator.reportedAgo', { s: formatNumber(age, lang, 0) })}</Tone>;
  return (
    <Card title={<Link to={`/datacenters/${encodeURIComponent(props.dc.id)}`}>{placeName(props.dc, lang)}</Link>} extra={heartbeat} data-testid="operator-dc">
      <Table
        size="small" rowKey="id" pagination={false} dataSource={props.dc.pools}
        columns={[
          { title: t('operator.pool'), dataIndex: 'id' },
          { title: t('offers.what'), render: (_, p) => `${t(`totals.class.${p.class}`)} · ${p.model}` },
          { title: t('operator.units'), dataIndex: 'units', align: 'right' },
          { title: t('operator.listPriceShort'), align: 'right', render: (_, p) => formatYuan(p.priceMinor, lang) },
        ]}
      />
      {s && (
        <Descriptions size="small" column={3} style={{ marginTop: 12 }}
          items={(['general', 'intelligent', 'super'] as const).filter((c) => (s.capacityUnits?.[c] ?? 0) > 0).map((c) => ({
            key: c, label: t(`totals.class.${c}`), children: `${s.inUseUnits?.[c] ?? 0} / ${s.capacityUnits?.[c] ?? 0}`,
          }))}
        />
      )}
    </Card>
  );
}

/** The operator's day: its data centers and pools live, the jobs running there, its offers (publish, reprice, withdraw) and its receivables. */
export function Operator(props: { me: Answer<'whoAmI'> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { message } = App.useApp();
  const ids = props.me.dataCenters ?? [];
  const dcs = useQueries({ queries: ids.map((id) => ({ queryKey: ['datacenter', id], staleTime: 60_000, queryFn: () => api<Answer<'getDataCenter'>>('GET', `/v1/datacenters/${encodeURIComponent(id)}`) })) });
  const summaries = useQueries({ queries: ids.map((id) => ({ queryKey: ['summary', `dc:${id}`], refetchInterval: 10_000, queryFn: () => api<Answer<'getSummary'>>('GET', `/v1/monitoring/summary${qs({ scope: `dc:${id}` })}`) })) });
  const running = useJobs({ state: 'running', limit: 100 });
  const offers = useOffers({ all: 'true', limit: 500, sort: 'price' });
  const patch = usePatchOffer();
  const [repricing, setRepricing] = useState<Record<string, number | null>>({});
  const [payoutsOf, setPayoutsOf] = useState(ids[0]);
  const period = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
  const statement = useStatement('datacenters', payoutsOf, period);
  const loaded = dcs.map((q) => q.data).filter((d): d is Answer<'getDataCenter'> => d !== undefined);
  const reprice = async (o: Offer) => {
    const price = repricing[o.id];
    if (price === undefined || price === null) return;
    await patch.mutateAsync({ id: o.id, price: String(price) });
    setRepricing((r) => ({ ...r, [o.id]: null }));
    void message.success(t('operator.repriced', { id: o.id }));
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('operator.title')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {ids.map((id, i) => (
          <Col xs={24} xl={12} key={id}>
            {dcs[i]?.data ? <DataCenterCard dc={dcs[i].data} summary={summaries[i]?.data} /> : <Loading query={dcs[i] ?? { error: null, refetch: () => undefined }} />}
          </Col>
        ))}
      </Row>
      <Card title={t('operator.running')}>
        {running.data ? (
          <Table<Job> rowKey="id" size="small" dataSource={running.data.jobs} pagination={{ pageSize: 20, hideOnSinglePage: true }} locale={{ emptyText: t('operator.noneRunning') }}
            columns={[
              { title: t('jobs.id'), dataIndex: 'id', render: (id: string) => <Link to={`/jobs/${encodeURIComponent(id)}`}>{id}</Link> },
              { title: t('jobs.state'), dataIndex: 'state', render: (s: string) => <JobState state={s} /> },
              { title: t('jobs.where'), render: (_, j) => (j.placement ? `${j.placement.dataCenter} · ${j.placement.pool}` : '–') },
              { title: t('jobs.what'), render: (_, j) => `${String(j.spec.units)} × ${t(`totals.class.${String(j.spec.class)}`)}` },
              { title: t('job.started'), render: (_, j) => (j.startedAt ? formatTime(j.startedAt, lang) : '–') },
            ]} />
        ) : <Loading query={running} />}
      </Card>
      <Card title={t('operator.offers')} extra={loaded.length > 0 ? <NewOfferButton dataCenters={loaded} /> : null}>
        <ApiErrorAlert error={patch.error} />
        {offers.data ? (
          <Table<Offer> rowKey="id" size="small" dataSource={offers.data.offers} pagination={{ pageSize: 20, hideOnSinglePage: true }} data-testid="operator-offers" locale={{ emptyText: t('operator.noOffers') }}
            columns={[
              { title: t('operator.offer'), dataIndex: 'id' },
              { title: t('offers.where'), render: (_, o) => `${o.dataCenter} · ${o.pool}` },
              { title: t('offers.mode'), dataIndex: 'mode', render: (m: string) => t(`mode.${m}`) },
              { title: t('operator.state'), dataIndex: 'state', render: (s: string) => <Tag>{t(`offerState.${s}`)}</Tag> },
              { title: t('offers.price'), align: 'right', render: (_, o) => formatYuan(o.price, lang) },
              { title: t('operator.sold'), align: 'right', render: (_, o) => `${o.sold} / ${o.quantity}` },
              {
                title: t('operator.reprice'), render: (_, o) => (o.state === 'withdrawn' || o.state === 'expired' ? null : (
                  <Space.Compact>
                    <InputNumber size="small" min={0} step={0.5} value={repricing[o.id] ?? null} placeholder={o.price} onChange={(v) => setRepricing((r) => ({ ...r, [o.id]: v }))} aria-label={t('operator.newPriceOf', { id: o.id })} />
                    <Button size="small" onClick={() => void reprice(o).catch(() => undefined)} disabled={repricing[o.id] === undefined || repricing[o.id] === null}>{t('operator.set')}</Button>
                  </Space.Compact>
                )),
              },
              {
                title: t('offers.action'), render: (_, o) => (o.state === 'withdrawn' || o.state === 'expired' ? null : (
                  <Space size="small">
                    {o.state === 'paused'
                      ? <Button size="small" onClick={() => patch.mutate({ id: o.id, state: 'active' })} aria-label={t('operator.resumeOf', { id: o.id })}>{t('operator.resume')}</Button>
                      : <Button size="small" onClick={() => patch.mutate({ id: o.id, state: 'paused' })} aria-label={t('operator.pauseOf', { id: o.id })}>{t('operator.pause')}</Button>}
                    <Popconfirm title={t('operator.withdrawConfirm')} okText={t('operator.withdraw')} cancelText={t('common.cancel')} onConfirm={() => patch.mutate({ id: o.id, state: 'withdrawn' })}>
                      <Button size="small" danger>{t('operator.withdraw')}</Button>
                    </Popconfirm>
                  </Space>
                )),
              },
            ]} />
        ) : <Loading query={offers} />}
      </Card>
      <Card title={t('operator.receivables', { period })} extra={ids.length > 1 ? (
        <Space.Compact>{ids.map((id) => <Button key={id} type={id === payoutsOf ? 'primary' : 'default'} size="small" onClick={() => setPayoutsOf(id)}>{id}</Button>)}</Space.Compact>
      ) : null}>
        {statement.data ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Descriptions size="small" column={{ xs: 1, md: 3 }} items={statement.data.accounts.map((a) => ({ key: a.id, label: a.id, children: `${formatYuan(a.opening, lang)} → ${formatYuan(a.closing, lang)}` }))} />
            <Table size="small" rowKey={(l) => `${l.transaction}:${l.account}`} dataSource={statement.data.lines} pagination={{ pageSize: 10, hideOnSinglePage: true }} locale={{ emptyText: t('billing.noLines') }}
              columns={[
                { title: t('billing.at'), dataIndex: 'at', render: (v: string) => formatTime(v, lang) },
                { title: t('billing.kind'), dataIndex: 'kind', render: (k: string) => t(`kind.${k}`, { defaultValue: k }) },
                { title: t('billing.amount'), align: 'right', render: (_, l) => formatYuan(l.amount, lang) },
                { title: t('billing.memo'), render: (_, l) => l.memo ?? l.order ?? '' },
              ]} />
          </Space>
        ) : <Loading query={statement} />}
      </Card>
    </Space>
  );
}
