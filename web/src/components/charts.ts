import { BarChart, EffectScatterChart, GaugeChart, LineChart, LinesChart, MapChart, ScatterChart, TreeChart } from 'echarts/charts';
import { AriaComponent, GeoComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import china from '../map/china.json';

// Only the parts of ECharts the console draws, to keep its JavaScript small.
echarts.use([MapChart, ScatterChart, EffectScatterChart, GaugeChart, LineChart, BarChart, LinesChart, TreeChart, AriaComponent, GeoComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);
echarts.registerMap('china', china as unknown as Parameters<typeof echarts.registerMap>[1]);

export { echarts };
