import { Card, Empty, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSeries } from '../api/queries';
import { EChart } from './EChart';

/** The three views of a series: 5-minute buckets over 6 hours, 2-hour buckets over a week, days over a month. */
const SPANS = { '5m': { step: '300', spanS: 6 * 3600 }, '2h': { step: '7200', spanS: 7 * 86_400 }, day: { step: '86400', spanS: 30 * 86_400 } } as const;
type Span = keyof typeof SPANS;

/** A metric of a scope over time, from the minute, hour or day rollups. */
export function SeriesChart(props: { scope: string; metric: string; title: string }) {
  const { t, i18n } = useTranslation();
  const [span, setSpan] = useState<Span>('5m');
  const s = useSeries(props.scope, props.metric, SPANS[span].step, SPANS[span].spanS);
  const points = s.data?.points ?? [];
  const option = {
    grid: { left: 48, right: 16, top: 16, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'time', min: s.data ? Date.parse(s.data.from) : undefined, max: s.data ? Date.parse(s.data.to) : undefined, axisLabel: { formatter: (v: number) => new Intl.DateTimeFormat(i18n.language, span === '5m' ? { hour: '2-digit', minute: '2-digit' } : span === '2h' ? { weekday: 'short', hour: '2-digit' } : { month: 'short', day: 'numeric' }).format(v) } },
    yAxis: { type: 'value', min: 0, max: props.metric === 'utilisation' ? 1 : undefined },
    series: [{ type: 'line', showSymbol: points.length < 3, data: points.map((p) => [p.t, p.value]), areaStyle: { opacity: 0.15 } }],
  };
  return (
    <Card title={props.title} extra={<Segmented value={span} onChange={(v) => setSpan(v as Span)} options={(Object.keys(SPANS) as Span[]).map((k) => ({ value: k, label: t(`hub.step.${k}`) }))} />}>
      {points.length === 0 ? <Empty description={t('hub.noData')} /> : <EChart option={option} notMerge style={{ height: 240 }} />}
    </Card>
  );
}
