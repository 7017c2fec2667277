// The console's ECharts (lib/echarts.js: only the charts it registers), loaded once for every Chart.
// A page that will draw charts may start it early: on the home page its fetch and evaluation (770 KB of
// script, a few hundred ms on a first visit) then run while the statistics are computed on the server,
// instead of after their answer (issue 20, the first load).
let loading = null

/** The ECharts module; loaded on the first call (a failed load is tried again on the next). */
export function loadCharts() {
  loading ??= import('../lib/echarts.js').catch((error) => {
    loading = null
    throw error
  })
  return loading
}
