import EChartsCoreModule from 'echarts-for-react/lib/core';
import type { ComponentProps, ComponentType } from 'react';
import { echarts } from './charts';

type Props = Omit<ComponentProps<typeof EChartsCoreModule>, 'echarts'>;

// echarts-for-react is CommonJS: its default export may arrive wrapped once more.
const Core = ((EChartsCoreModule as unknown as { default?: ComponentType<ComponentProps<typeof EChartsCoreModule>> }).default ?? EChartsCoreModule) as ComponentType<ComponentProps<typeof EChartsCoreModule>>;

/** An ECharts chart with the parts the console registers (charts.ts). */
export function EChart(props: Props) {
  return <Core echarts={echarts} {...props} />;
}
