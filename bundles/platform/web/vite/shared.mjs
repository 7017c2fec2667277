// What module pages share with the shell, and the plugins every console build uses.
//
// The browser has no import map we could use (an import map is an inline script, which the
// Content-Security-Policy "script-src 'self'" forbids, and an external import map file is not
// supported by browsers). So the mapping is done at build time: every bare import of a shared
// library is rewritten to the absolute URL the platform serves it at, and stays an ES import
// there. The browser loads each URL once, so the shell and every module get the very same Vue,
// router, Element Plus, ECharts and console SDK instances.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Bare import → URL under /ui/lib/ (the entry of the same name in src/main/ui/lib). */
export const SHARED = {
  'vue': '/ui/lib/vue.js',
  'vue-router': '/ui/lib/vue-router.js',
  'element-plus': '/ui/lib/element-plus.js',
  '@element-plus/icons-vue': '/ui/lib/icons.js',
  'echarts': '/ui/lib/echarts.js',
  '@xuncha/console': '/ui/lib/xuncha.js',
}

/** Rewrites imports of the shared libraries to their platform URLs and keeps them external. */
export function sharedLibraries() {
  return {
    name: 'xuncha-shared-libraries',
    enforce: 'pre',
    resolveId(source) {
      if (Object.hasOwn(SHARED, source)) {
        return { id: SHARED[source], external: true }
      }
      const lib = Object.keys(SHARED).find((name) => source.startsWith(name + '/'))
      if (lib) {
        this.error(`"${source}": import from "${lib}" itself; the console shares only the package entry (${SHARED[lib]})`)
      }
      return null
    },
  }
}

/**
 * Library builds write CSS to a separate file that nothing loads. A module's entry must stand
 * alone, so its CSS goes into the entry as a <style> element it adds when loaded
 * (style-src 'unsafe-inline' allows it; scripts stay external).
 */
export function cssIntoEntry(moduleId) {
  return {
    name: 'xuncha-css-into-entry',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const css = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'))
      if (css.length === 0) return
      const text = css.map((f) => (typeof f.source === 'string' ? f.source : Buffer.from(f.source).toString('utf8'))).join('\n')
      css.forEach((f) => delete bundle[f.fileName])
      const entry = Object.values(bundle).find((f) => f.type === 'chunk' && f.isEntry)
      entry.code = `{const s=document.createElement('style');s.dataset.xunchaModule=${JSON.stringify(moduleId)};`
        + `s.textContent=${JSON.stringify(text)};document.head.appendChild(s)}\n` + entry.code
    },
  }
}

export const DEFINES = {
  'process.env.NODE_ENV': JSON.stringify('production'),
  __VUE_OPTIONS_API__: 'true',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
}

/** Fails early with a clear message instead of a bundler stack trace. */
export function requireFile(file, what) {
  if (!fs.existsSync(file)) {
    console.error(`xuncha console build: ${what} not found: ${file}`)
    process.exit(1)
  }
}
