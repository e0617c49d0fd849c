import { Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../api/client';
import { formatCst, formatNumber, formatYuan } from '../format';
import { EChart } from './EChart';

type Start = NonNullable<Answer<'getJob'>['start']>;

// Tags in dark text on their light ground, readable at a contrast of 4.5:1 and more.
const HELD = { color: '#613400', background: '#fffbe6', borderColor: '#ffe58f' };
const CHOSEN = { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' };

/** Kilograms to three significant digits: one small job's CO2 is a few grams. */
const kg = (v: number, lang: string): string => new Intl.NumberFormat(lang, { maximumSignificantDigits: 3 }).format(v);

/**
 * When a job that may wait starts, and why: the planned start (China
 * Standard Time, the clock of hourly prices), the engine's reason, and the
 * starts it weighed as bars of estimated cost, the chosen one marked.
 */
export function StartPlan(props: { start: Start; held: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { start } = props;
  const cst = lang.startsWith('zh') ? '北京时间' : 'CST';
  const rows = start.considered.map((o) => ({ ...o, chosen: o.at === start.plannedAt }));
  const option = {
    animation: false,
    aria: { enabled: true },
    grid: { left: 64, right: 16, top: 16, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: rows.map((o) => formatCst(o.at, lang)), axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0 } },
    yAxis: { type: 'value', name: '¥', axisLabel: { formatter: (v: number) => formatNumber(v, lang, 2) } },
    series: [{
      type: 'bar', name: t('job.startCost'),
      data: rows.map((o) => ({ value: Number(o.cost), itemStyle: { color: o.chosen ? '#389e0d' : '#91caff' } })),
    }],
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="job-start">
      <Descriptions size="small" bordered column={1} items={[
        { key: 'at', label: t('job.plannedStart'), children: <span data-testid="job-planned-start">{formatCst(start.plannedAt, lang)} {cst}{props.held && <Tag style={{ marginLeft: 8, ...HELD }}>{t('job.held')}</Tag>}</span> },
        { key: 'why', label: t('job.startWhy'), children: start.reason },
      ]} />
      {rows.length > 1 && (
        <>
          <Typography.Text strong>{t('job.startsConsidered')}</Typography.Text>
          <EChart option={option} style={{ height: 220 }} notMerge />
          <Table size="small" pagination={false} rowKey="at" dataSource={rows} data-testid="job-starts"
            columns={[
              { title: t('job.startAt'), dataIndex: 'at', render: (at: string, r) => <>{formatCst(at, lang)} {cst}{r.chosen && <Tag style={{ marginLeft: 8, ...CHOSEN }}>{t('job.startChosen')}</Tag>}</> },
              { title: t('job.startCost'), dataIndex: 'cost', align: 'right', render: (c: string) => formatYuan(c, lang) },
              { title: t('job.startCo2'), dataIndex: 'co2Kg', align: 'right', render: (c: number) => kg(c, lang) },
              { title: t('job.startPool'), dataIndex: 'pool', render: (p?: string) => p ?? '–' },
            ]} />
        </>
      )}
    </Space>
  );
}
