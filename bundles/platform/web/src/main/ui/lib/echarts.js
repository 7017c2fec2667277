// Served at /ui/lib/echarts.js, loaded only by pages that draw charts (through the SDK's Chart).
// Only what the console draws is registered (issue 20: the whole of ECharts was 1.4 MB for bar, line
// and pie charts): a page needing another chart type registers it here, in the platform.
import { use } from 'echarts/core'
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import { LabelLayout } from 'echarts/features'
// SVG, not canvas: labels are text in the page (readable by screen readers, checkable by the browser
// tests, sharp when zoomed), and the console's charts are small enough that SVG costs nothing
import { SVGRenderer } from 'echarts/renderers'

use([BarChart, LineChart, PieChart, AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent,
  LabelLayout, SVGRenderer])

export * from 'echarts/core'
