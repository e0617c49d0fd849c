import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../api/client';
import { formatNumber, formatPercent } from '../format';
import { EChart } from './EChart';

type Summary = Answer<'getSummary'>;
const CLASSES = ['general', 'intelligent', 'super'] as const;

/** Public targets (docs: reference facts): hub data centers below PUE 1.25, new hub data centers above 80% green power. */
export const TARGETS = { pue: 1.25, green: 0.8 };

function Gauge(props: { title: string; value: number | null; min: number; max: number; target: number; percent?: boolean; lowerIsBetter?: boolean }) {
  const v = props.value ?? props.min;
  const share = (props.target - props.min) / (props.max - props.min);
  const good = '#2e9d5b';
  const bad = '#d64545';
  const option = {
    series: [{
      type: 'gauge', min: props.min, max: props.max, radius: '95%', startAngle: 200, endAngle: -20, splitNumber: 4,
      axisLine: { lineStyle: { width: 10, color: props.lowerIsBetter ? [[share, good], [1, bad]] : [[share, bad], [1, good]] } },
      pointer: { width: 4 }, axisTick: { show: false }, splitLine: { length: 8 }, axisLabel: { distance: 12, fontSize: 10, formatter: (x: number) => (props.percent ? `${Math.round(x * 100)}%` : x.toFixed(2)) },
      detail: { fontSize: 16, offsetCenter: [0, '60%'], formatter: () => (props.value === null ? '–' : props.percent ? `${(v * 100).toFixed(1)}%` : v.toFixed(3)) },
      data: [{ value: v }],
    }],
  };
  return (
    <Card size="small" title={props.title}>
      <EChart option={option} style={{ height: 160 }} />
    </Card>
  );
}

/** The figures of a scope (the nation, a hub), exactly as /v1/monitoring/summary gives them. */
export function Totals(props: { summary: Summary; title: string }) {
  const { t, i18n } = useTranslation();
  const s = props.summary as Summary & { racks?: unknown; jobs?: { running?: number }; eastToWest?: { jobs?: number } };
  const lang = i18n.language;
  return (
    <Card title={props.title} data-testid="totals">
      <Row gutter={[12, 12]}>
        {CLASSES.map((c) => (
          <Col xs={24} sm={8} key={c}>
            <Statistic title={`${t(`totals.class.${c}`)} · ${t('totals.capacity')}`} value={formatNumber(s.capacityP[c], lang)} suffix={t('unit.p')} data-testid={`capacity-${c}`} />
            <div>{t('totals.inUse')}: {formatNumber(s.inUseP[c], lang)} {t('unit.p')} · {t('totals.fill')}: {formatPercent(s.fillRate[c], lang)}</div>
          </Col>
        ))}
        <Col xs={12} sm={6}><Statistic title={t('totals.power')} value={formatNumber(s.powerKw === null ? null : s.powerKw / 1000, lang)} suffix={t('unit.mw')} /></Col>
        <Col xs={12} sm={6}><Statistic title={t('totals.carbon')} value={formatNumber(s.carbonTodayKg === null ? null : s.carbonTodayKg / 1000, lang)} suffix={t('unit.t')} /></Col>
        <Col xs={12} sm={6}><Statistic title={t('totals.reporting')} value={`${s.dataCenters.reporting} / ${s.dataCenters.total}`} /></Col>
        <Col xs={12} sm={6}><Statistic title={t('totals.eastToWest')} value={s.eastToWest?.jobs ?? 0} /></Col>
        <Col xs={24} sm={12}><Gauge title={t('gauge.green', { target: formatPercent(TARGETS.green, lang) })} value={s.greenShare} min={0} max={1} target={TARGETS.green} percent /></Col>
        <Col xs={24} sm={12}><Gauge title={t('gauge.pue', { target: TARGETS.pue })} value={s.pue} min={1} max={2} target={TARGETS.pue} lowerIsBetter /></Col>
      </Row>
    </Card>
  );
}
