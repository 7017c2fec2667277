// The installed modules, their menu entries, and their pages loaded on demand.
//
// GET /api/modules says which modules are installed and which pages (uiEntries) each offers; the
// menu is built from it, filtered by the user's permissions, without loading any module code. A
// module's entry script is imported the first time one of its pages is opened; it registers its
// routes with the router. /ui/installed (public, outside /api so that polling it does not keep an
// idle session alive) changes whenever a module comes or goes; the shell polls it and refreshes
// the module list, the menu and the routes without reloading itself.
import { computed, reactive } from 'vue'
import { addMessages, api, can, knowModules, pick, setSession } from '@xuncha/console'

const POLL_MS = 3000

export const registry = reactive({
  /** GET /api/modules, as last read. */
  modules: [],
  loaded: false,
  error: null,
  /** Routes of modules removed while this page was open: opening them says the module is gone. */
  removedRoutes: [],
  /** Module id → revision from /ui/installed: changes when a module is updated in place. */
  revisions: {},
})

/** Script URL (with the module's version) → { state: loading|ok|failed, error, routeNames, promise } */
const scripts = new Map()
let router = null
let fingerprint = null
let timer = null
let generation = 0

export function installModules(appRouter) {
  router = appRouter
}

const byOrder = (a, b) => a.order - b.order || a.id.localeCompare(b.id)

/** Menu groups: one per module with visible entries, ordered by their entries' order. */
export const menu = computed(() => registry.modules
  .map((m) => {
    const entries = (m.uiEntries ?? []).filter((e) => can(e.permission)).slice().sort(byOrder)
    return { id: m.id, title: pick(m.nameZh, m.nameEn), order: entries[0]?.order ?? 0, entries }
  })
  .filter((group) => group.entries.length > 0)
  .sort(byOrder))

function scriptKey(module, entry) {
  return `${entry.script}?v=${encodeURIComponent(module.version)}.${registry.revisions[module.id] ?? 0}`
}

/** The module page a path belongs to: the entry whose route is the path or its longest prefix. */
export function entryFor(path) {
  let best = null
  for (const module of registry.modules) {
    for (const entry of module.uiEntries ?? []) {
      const route = entry.route.replace(/\/$/, '')
      if ((path === route || path.startsWith(route + '/')) && (!best || route.length > best.entry.route.length)) {
        best = { module, entry }
      }
    }
  }
  return best
}

/** Loads the entry script of a module page (once per script and version) and registers its routes. */
export function loadPage(module, entry, retry = false) {
  const key = scriptKey(module, entry)
  let record = scripts.get(key)
  if (record && !(retry && record.state === 'failed')) return record
  record = reactive({ state: 'loading', error: null, routeNames: [], moduleId: module.id })
  scripts.set(key, record)
  const url = retry ? `${key}&retry=${Date.now()}` : key
  record.promise = import(/* @vite-ignore */ url)
    .then((namespace) => {
      const definition = namespace.default
      if (!definition?.xunchaModule) {
        throw new Error(`${entry.script} does not export defineModule({...}) as its default export`)
      }
      addMessages(definition.messages)
      for (const route of definition.routes) {
        const name = `${module.id}:${route.path}`
        if (router.hasRoute(name)) router.removeRoute(name)
        router.addRoute('layout', { ...route, name, meta: { ...route.meta, moduleId: module.id, scriptKey: key } })
        record.routeNames.push(name)
      }
      record.state = 'ok'
    })
    .catch((error) => {
      console.error(`xuncha: module ${module.id} page script ${entry.script} failed`, error)
      record.state = 'failed'
      record.error = error
    })
  return record
}

/** Drops routes and scripts of modules that are gone or changed version. */
function reconcile() {
  const current = new Set()
  for (const module of registry.modules) {
    for (const entry of module.uiEntries ?? []) current.add(scriptKey(module, entry))
  }
  let currentRouteGone = false
  for (const [key, record] of scripts) {
    if (current.has(key)) continue
    for (const name of record.routeNames) {
      const route = router.getRoutes().find((r) => r.name === name)
      if (route) registry.removedRoutes.push(route.path.replace(/\/:.*$/, ''))
      if (router.currentRoute.value.name === name) currentRouteGone = true
      router.removeRoute(name)
    }
    scripts.delete(key)
  }
  if (currentRouteGone) router.replace(router.currentRoute.value.fullPath)
}

/**
 * Reads the modules, and the user's permissions with them: installing a module grants its permissions to roles.
 * Returns whether the answer is final: false when the API could not answer (yet), so that the caller tries again.
 */
export async function refreshModules() {
  let final = true
  try {
    const [modules, me] = await Promise.all([api.get('/platform/modules'), api.get('/auth/me')])
    setSession(me)
    registry.modules = modules ?? []
    knowModules(registry.modules)
    registry.error = null
  } catch (error) {
    registry.error = error
    if (error.status === 403) registry.modules = []
    else final = false
  }
  registry.loaded = true
  reconcile()
  return final
}

async function poll(run) {
  try {
    const response = await fetch('/ui/installed', { cache: 'no-store', credentials: 'same-origin' })
    const installed = response.ok ? await response.json() : null
    if (installed && installed.fingerprint !== fingerprint) {
      registry.revisions = Object.fromEntries(installed.modules.map((m) => [m.id, m.revision]))
      // Keep the new fingerprint only once the API has answered: while a module's resources join
      // the JAX-RS application, /api answers 404 for a moment, and the next poll must read again.
      if (await refreshModules()) fingerprint = installed.fingerprint
    }
  } catch {
    // server restarting: keep the menu as it is and try again
  } finally {
    if (!registry.loaded) await refreshModules()
    if (run === generation) timer = setTimeout(() => poll(run), POLL_MS)
  }
}

/** Reads the modules now and then watches installs and removals, until stopWatching (sign-out). */
export async function startWatching() {
  stopWatching()
  fingerprint = null
  registry.loaded = false
  await poll(generation)
}

export function stopWatching() {
  generation++
  clearTimeout(timer)
  timer = null
}
