import { Box } from '@mantine/core';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import type {
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { DataTableProps } from './DataTable';
import { TableToggle } from './TableToggle';

// Only what we draw is bundled. A module needing another chart type registers it itself:
// `import { echarts } from '.../EChart'; echarts.use([HeatmapChart]);`
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  ScatterChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export { echarts };

export type EChartsOption = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | ScatterSeriesOption
  | DatasetComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

type EChartProps<T> = {
  option: EChartsOption;
  /** What the chart shows, in one sentence, for screen readers. */
  ariaLabel: string;
  /** The same numbers as a table: required, because a chart alone shuts out some readers. */
  table: DataTableProps<T>;
  height?: number;
  /** Show the table from the start instead of behind the toggle. */
  tableOpen?: boolean;
};

/**
 * An ECharts chart (SVG, redrawn when its box changes size) with a button that shows the same
 * data as an accessible table.
 */
export function EChart<T>({ option, ariaLabel, table, height = 320, tableOpen = false }: EChartProps<T>) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option }, true);
  }, [option]);

  return (
    <Box>
      <div ref={box} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />
      <TableToggle table={table} open={tableOpen} />
    </Box>
  );
}
