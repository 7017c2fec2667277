// Served at /ui/lib/echarts.js, loaded only by pages that draw charts.
export * from 'echarts'
