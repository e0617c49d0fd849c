import { Button, Card, Col, Empty, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/client';
import { download } from '../../api/download';
import { qs, useBalance, useStatement } from '../../api/queries';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EChart } from '../../components/EChart';
import { Loading } from '../../components/Loading';
import { formatTime, formatYuan } from '../../format';
import { Tone } from '../../components/Tone';

type Line = Answer<'tenantStatement'>['lines'][number];

/** The last twelve months, YYYY-MM in China Standard Time, newest first. */
function months(now = Date.now()): string[] {
  const cst = new Date(now + 8 * 3_600_000);
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(cst.getUTCFullYear(), cst.getUTCMonth() - i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/** The day (China Standard Time) of a time, YYYY-MM-DD. */
const dayOf = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

/** A tenant's money: what is available and held, the statement of a month with CSV, and spending by day. */
export function Billing(props: { me: Answer<'whoAmI'> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const tenant = props.me.tenant;
  const [period, setPeriod] = useState(() => months()[0]!);
  const balance = useBalance(tenant);
  const statement = useStatement('tenants', tenant, period);
  const [downloadError, setDownloadError] = useState<Error>();
  const chart = useMemo(() => {
    const lines = statement.data?.lines ?? [];
    const spend = new Map<string, number>();
    const balanceAt = new Map<string, number>();
    for (const l of lines) {
      const day = dayOf(l.at);
      // Spending: money leaving the tenant's accounts to pay for use (captures), not holds moving between them.
      if (l.kind === 'capture' && l.amountMinor < 0) spend.set(day, (spend.get(day) ?? 0) - l.amountMinor);
      if (l.account.endsWith(':available')) balanceAt.set(day, l.balanceMinor);
    }
    const days = [...new Set([...spend.keys(), ...balanceAt.keys()])].sort();
    return {
      days: days.length,
      option: {
        grid: { left: 72, right: 72, top: 36, bottom: 32 },
        legend: { data: [t('billing.spent'), t('billing.available')] },
        tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatYuan(v, lang) },
        xAxis: { type: 'category', data: days },
        yAxis: [
          { type: 'value', name: t('billing.spent'), axisLabel: { formatter: (v: number) => formatYuan(v, lang) } },
          { type: 'value', name: t('billing.available'), axisLabel: { formatter: (v: number) => formatYuan(v, lang) } },
        ],
        series: [
          { name: t('billing.spent'), type: 'bar', data: days.map((d) => spend.get(d) ?? 0), itemStyle: { color: '#1f4e8c' } },
          { name: t('billing.available'), type: 'line', yAxisIndex: 1, step: 'end', data: days.map((d) => balanceAt.get(d) ?? null), connectNulls: true, itemStyle: { color: '#2e7d4f' } },
        ],
      },
    };
  }, [statement.data, lang, t]);
  if (!tenant) return <Empty description={t('billing.noTenant')} />;
  const csv = () => {
    setDownloadError(undefined);
    download(`/v1/statements/tenants/${encodeURIComponent(tenant)}${qs({ period, format: 'csv' })}`, `statement-${tenant}-${period}.csv`).catch((e: Error) => setDownloadError(e));
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('billing.title')}</Typography.Title>
      {balance.data ? (
        <Row gutter={16}>
          <Col xs={12} md={6}><Card><Statistic title={t('billing.available')} value={formatYuan(balance.data.available.yuan, lang)} data-testid="balance-available" /></Card></Col>
          <Col xs={12} md={6}><Card><Statistic title={t('billing.held')} value={formatYuan(balance.data.held.yuan, lang)} /></Card></Col>
        </Row>
      ) : <Loading query={balance} />}
      <Card
        title={t('billing.statement')}
        extra={(
          <Space>
            <label htmlFor="period">{t('billing.period')}</label>
            <Select id="period" value={period} onChange={setPeriod} style={{ width: 120 }} options={months().map((m) => ({ value: m, label: m }))} />
            <Button onClick={csv} data-testid="statement-csv">{t('billing.csv')}</Button>
          </Space>
        )}
      >
        <ApiErrorAlert error={downloadError} />
        {statement.data ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              {statement.data.reconciled ? <Tone tone="good">{t('billing.reconciled')}</Tone> : <Tone tone="bad">{t('billing.notReconciled')}</Tone>}
              {Object.entries(statement.data.totals).map(([k, v]) => <Tag key={k}>{t(`kind.${k}`, { defaultValue: k })}: {formatYuan(v.yuan, lang)}</Tag>)}
            </Space>
            {chart.days > 0 ? <EChart option={chart.option} notMerge style={{ height: 280 }} /> : null}
            <Table<Line>
              rowKey={(l) => `${l.transaction}:${l.account}`} size="small" dataSource={statement.data.lines} pagination={{ pageSize: 20, hideOnSinglePage: true }} data-testid="statement-lines"
              locale={{ emptyText: t('billing.noLines') }}
              columns={[
                { title: t('billing.at'), dataIndex: 'at', render: (v: string) => formatTime(v, lang) },
                { title: t('billing.kind'), dataIndex: 'kind', render: (k: string) => t(`kind.${k}`, { defaultValue: k }) },
                { title: t('billing.account'), dataIndex: 'account' },
                { title: t('billing.amount'), align: 'right', render: (_, l) => formatYuan(l.amount, lang) },
                { title: t('billing.balance'), align: 'right', render: (_, l) => formatYuan(l.balanceMinor, lang) },
                { title: t('billing.memo'), render: (_, l) => l.memo ?? l.order ?? l.job ?? '' },
              ]}
            />
          </Space>
        ) : <Loading query={statement} />}
      </Card>
    </Space>
  );
}
