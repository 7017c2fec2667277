// Served at /ui/lib/element-plus.js; its style sheet is /ui/lib/element-plus.css.
// Not the whole library (issue 20): the services and directives, every component under its name (the
// frame's and home page's the real ones, the others loading their family's chunk on first render: see
// vite/element-plus.mjs), and the installer the shell uses, which registers them all globally.
import { ElInfiniteScroll, ElLoading, ElMessage, ElMessageBox, ElNotification, ElPopoverDirective, provideGlobalConfig } from 'element-plus'
import * as components from 'virtual:xuncha/element-plus-components'

export * from 'virtual:xuncha/element-plus-components'
export { ElInfiniteScroll, ElLoading, ElMessage, ElMessageBox, ElNotification, ElPopoverDirective }

const installed = Symbol('xuncha element-plus')

export default {
  install(app, options) {
    if (app[installed]) return
    app[installed] = true
    for (const [name, component] of Object.entries(components)) app.component(name, component)
    // the services take the app's context (its components, the locale of its config provider)
    for (const plugin of [ElInfiniteScroll, ElLoading, ElMessage, ElMessageBox, ElNotification, ElPopoverDirective]) app.use(plugin)
    if (options) provideGlobalConfig(options, app, true)
  },
}
