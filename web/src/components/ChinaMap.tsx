import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../api/client';
import { placeName } from '../names';
import { EChart } from './EChart';

type Hub = Answer<'getNetwork'>['hubs'][number];
type DataCenter = Answer<'listDataCenters'>['dataCenters'][number];
type MapDataCenter = Answer<'getNetworkMap'>['dataCenters'][number];
export type ColourBy = 'fill' | 'pue' | 'green';

/** Capacity of a data center in PFLOPS: units x TFLOPS per unit. */
export function capacityP(d: DataCenter): number {
  return d.pools.reduce((s, p) => s + (p.units * p.unitTflops) / 1000, 0);
}

/** Capacity of a map entry in PFLOPS, all classes. */
const totalP = (d: MapDataCenter): number => Object.values(d.capacityP).reduce((s, v) => s + v, 0);

type Origin = Answer<'getNetwork'>['origins'][number];
type Flow = Answer<'getFlows'>['flows'][number];

/** China by province, each hub a labelled ripple, each data center a dot sized by capacity and coloured by PUE or green share, and lines from origin cities to the hubs where their work ran. */
export function ChinaMap(props: { hubs: Hub[]; dataCenters: MapDataCenter[]; colourBy: ColourBy; onHub: (id: string) => void; origins?: Origin[]; flows?: Flow[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const option = useMemo(() => {
    const max = props.dataCenters.reduce((m, d) => Math.max(m, totalP(d)), 1);
    const value = (d: MapDataCenter) => (props.colourBy === 'pue' ? d.pue : props.colourBy === 'fill' ? d.fillRate : d.greenShare);
    const label = t(`overview.colour.${props.colourBy}`);
    // Low is good for PUE and for fill (room left); high is good for green share.
    const range = props.colourBy === 'pue' ? { min: 1.1, max: 1.5 } : { min: 0, max: 1 };
    const colours = props.colourBy === 'green' ? ['#d64545', '#f2c744', '#2e9d5b'] : ['#2e9d5b', '#f2c744', '#d64545'];
    return {
      tooltip: { trigger: 'item' },
      geo: { map: 'china', roam: true, zoom: 1.15, center: [106, 36], itemStyle: { areaColor: '#eef2f7', borderColor: '#aab4c3' }, emphasis: { itemStyle: { areaColor: '#dde6f2' }, label: { show: false } } },
      visualMap: {
        type: 'continuous', seriesIndex: 0, dimension: 3, left: 8, bottom: 8, calculable: false,
        ...range, text: [label, ''], inRange: { color: colours },
      },
      series: [
        {
          type: 'scatter', coordinateSystem: 'geo', name: t('hub.dataCenters'),
          data: props.dataCenters.map((d) => ({ name: placeName(d, lang), value: [d.lon, d.lat, totalP(d), value(d)] })),
          symbolSize: (v: number[]) => 5 + 22 * Math.sqrt((v[2] ?? 0) / max),
          itemStyle: { opacity: 0.85, borderColor: '#fff', borderWidth: 0.5 },
          tooltip: { formatter: (p: { name: string; value: number[] }) => `${p.name}<br/>${p.value[2]!.toFixed(1)} P · ${label} ${props.colourBy === 'pue' ? p.value[3] : `${Math.round((p.value[3] ?? 0) * 100)}%`}` },
        },
        {
          type: 'effectScatter', coordinateSystem: 'geo', name: t('overview.hubs'), rippleEffect: { scale: 2.5, brushType: 'stroke' },
          data: props.hubs.flatMap((h) => {
            const at = hubAt(h, props.dataCenters);
            return at ? [{ name: placeName(h, lang), id: h.id, value: at }] : [];
          }),
          symbolSize: 9, itemStyle: { color: '#1f4e8c' },
          label: { show: true, formatter: '{b}', position: 'right', fontSize: 11, color: '#1f2d3d' },
          tooltip: { formatter: '{b}' },
        },
        ...flowSeries(props.flows ?? [], props.origins ?? [], props.hubs, props.dataCenters, lang, t),
      ],
    };
  }, [props.hubs, props.dataCenters, props.colourBy, props.flows, props.origins, t, lang]);
  return (
    <EChart
      option={option}
      notMerge
      style={{ height: 560, width: '100%' }}
      onEvents={{ click: (e: { seriesType: string; data?: { id?: string } }) => e.seriesType === 'effectScatter' && e.data?.id && props.onHub(e.data.id) }}
      opts={{ renderer: 'canvas' }}
    />
  );
}

/**
 * The flow: a line from each origin city to each hub its work ran in (work
 * that stayed in its home hub draws none), as wide as its unit-hours; east
 * to west in red, the rest in blue.
 */
function flowSeries(flows: Flow[], origins: Origin[], hubs: Hub[], dataCenters: MapDataCenter[], lang: string, t: (k: string, o?: Record<string, unknown>) => string): unknown[] {
  const at = new Map<string, [number, number]>([
    ...origins.map((o): [string, [number, number]] => [`o:${o.id}`, [o.lon, o.lat]]),
    ...hubs.flatMap((h): [string, [number, number]][] => {
      const p = hubAt(h, dataCenters);
      return p ? [[`h:${h.id}`, p]] : [];
    }),
  ]);
  const lines = flows.filter((f) => f.hub !== f.homeHub && at.has(`o:${f.origin}`) && at.has(`h:${f.hub}`));
  if (lines.length === 0) return [];
  const max = Math.max(...lines.map((f) => f.unitHours), 1);
  const name = (id: string) => placeName(origins.find((o) => o.id === id) ?? hubs.find((h) => h.id === id) ?? { name: id }, lang);
  return [{
    type: 'lines', coordinateSystem: 'geo', name: t('overview.flows'), zlevel: 2,
    effect: { show: true, period: 5, trailLength: 0.3, symbolSize: 4 },
    lineStyle: { curveness: 0.25, opacity: 0.7 },
    data: lines.map((f) => ({
      coords: [at.get(`o:${f.origin}`)!, at.get(`h:${f.hub}`)!],
      lineStyle: { width: 1 + 7 * Math.sqrt(f.unitHours / max), color: f.eastToWest ? '#c0392b' : '#3b6fb6' },
      tooltip: { formatter: t('overview.flowTip', { from: name(f.origin), to: name(f.hub), unitHours: f.unitHours, batch: f.batchUnitHours }) },
    })),
  }];
}

/** Where a hub is drawn: where the scenario puts it, or else amid its data centers. */
function hubAt(h: Hub, dataCenters: MapDataCenter[]): [number, number] | undefined {
  if (h.lon !== undefined && h.lat !== undefined) return [h.lon, h.lat];
  const mine = dataCenters.filter((d) => d.hub === h.id);
  if (mine.length === 0) return undefined;
  return [mine.reduce((s, d) => s + d.lon, 0) / mine.length, mine.reduce((s, d) => s + d.lat, 0) / mine.length];
}
