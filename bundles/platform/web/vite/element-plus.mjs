// Element Plus per component family (issue 20: the console's first load). The shell registers every
// Element Plus component globally, for module pages that use them in templates the platform never
// sees; loading the whole library for that cost the home page ~1 MB of script to parse. This plugin
// writes the module 'virtual:xuncha/element-plus-components': one export per component, under the
// name the shell registers it by. The components of the shell's frame and home page (EAGER) are the
// real ones, in the eager part; every other one is an async component loading its family
// (element-plus/es/components/<family>) on first render, each family its own chunk (internals they
// share in shared chunks). Template refs reach the real component once loaded (Vue forwards them).
import fs from 'node:fs'
import path from 'node:path'
import { WEB_DIR } from './shared.mjs'

/** Rendered on the home page or the frame of every signed-in page: loading them later would only add a step. */
const EAGER = new Set(['alert', 'avatar', 'badge', 'breadcrumb', 'button', 'col', 'config-provider', 'container', 'dropdown',
  'empty', 'icon', 'menu', 'result', 'row', 'scrollbar', 'tag', 'tooltip'])

/**
 * Components whose parent reads them as vnodes of its slot by component name instead of rendering them
 * (ElDescriptions, ElCarousel): their async wrapper carries the real name. Not the others: ElOptionGroup,
 * for one, takes a component named ElOption for a rendered option and would stop at the wrapper.
 */
const READ_BY_NAME = new Set(['ElDescriptionsItem', 'ElCarouselItem'])

const ID = 'virtual:xuncha/element-plus-components'

/** Component export name → family folder, as element-plus/es/component.mjs (the full installer's list) imports them. */
export function elementPlusFamilies() {
  const list = fs.readFileSync(path.join(WEB_DIR, 'node_modules', 'element-plus', 'es', 'component.mjs'), 'utf8')
  const families = new Map()
  for (const [, names, family] of list.matchAll(/import \{([^}]+)\} from "\.\/components\/([\w-]+)\/index\.mjs"/g)) {
    families.set(family, names.split(',').map((n) => n.trim()).filter(Boolean))
  }
  if (families.size < 50 || !families.has('table')) {
    throw new Error('element-plus/es/component.mjs no longer lists the components as expected: check vite/element-plus.mjs')
  }
  return families
}

export function elementPlusComponents() {
  return {
    name: 'xuncha-element-plus-components',
    resolveId(source) {
      return source === ID ? '\0' + ID : null
    },
    load(id) {
      if (id !== '\0' + ID) return null
      const lines = ["import { defineAsyncComponent } from 'vue'"]
      const eager = []
      for (const [family, names] of elementPlusFamilies()) {
        if (EAGER.has(family)) {
          eager.push(...names)
          continue
        }
        const load = `load_${family.replace(/-/g, '_')}`
        lines.push(`const ${load} = () => import('element-plus/es/components/${family}/index.mjs')`)
        for (const name of names) {
          const wrapper = `defineAsyncComponent(() => ${load}().then((m) => m.${name}))`
          lines.push(`export const ${name} = ${READ_BY_NAME.has(name) ? `Object.assign(${wrapper}, { name: '${name}' })` : wrapper}`)
        }
      }
      lines.push(`export { ${eager.join(', ')} } from 'element-plus'`)
      return lines.join('\n')
    },
  }
}

/** Element Plus's own code and the small libraries it uses, not Vue, the icons or ECharts (chunks of their own). */
const ELEMENT_PLUS_CODE = /node_modules[\\/](?!vue[\\/]|@vue[\\/]|vue-router[\\/]|echarts[\\/]|zrender[\\/]|@element-plus[\\/]icons-vue[\\/])/

/**
 * Left to itself the bundler splits what families share into dozens of chunks of a few hundred bytes, each a
 * request, some only found once another arrived. Two chunks instead: what the eager part needs (statically
 * reachable from the libraries' entries), and what two or more families share; each family keeps the rest.
 */
export function elementPlusChunks() {
  return {
    groups: [
      { name: 'element-plus-base', tags: ['$initial'], test: ELEMENT_PLUS_CODE, priority: 2 },
      { name: 'element-plus-shared', test: ELEMENT_PLUS_CODE, minShareCount: 2, priority: 1 },
    ],
  }
}
