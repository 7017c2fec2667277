// Pages that show another module's data (interview records and lead transfer read round planning's
// rounds and groups) meet that module absent: the API answers 404 module_not_installed when it is
// not installed, 503 module_unavailable while it is being installed, updated or started. That is a
// state of the installation, said in place by <ModuleNotice>, not an error of the user's action.
import { reactive } from 'vue'
import { ApiError } from './http.js'
import { pick } from './i18n.js'

export const MODULE_NOT_INSTALLED = 'module_not_installed'
export const MODULE_UNAVAILABLE = 'module_unavailable'

/**
 * When error is such an answer: { module, installed } — the module id (from the path asked,
 * /api/<module>/...) and whether it is installed (being updated: worth retrying shortly). Else null.
 */
export function moduleAbsence(error) {
  if (!(error instanceof ApiError) || (error.code !== MODULE_NOT_INSTALLED && error.code !== MODULE_UNAVAILABLE)) return null
  const module = /^\/([^/?]+)/.exec(error.path ?? '')?.[1] ?? ''
  return { module, installed: error.code === MODULE_UNAVAILABLE }
}

/** Module id → { nameZh, nameEn } of every module installed at some point while the page was open. */
const names = reactive({})

/** The shell tells the installed modules (GET /api/platform/modules), so a notice can name a module being updated. */
export function knowModules(modules) {
  for (const m of modules ?? []) names[m.id] = { nameZh: m.nameZh, nameEn: m.nameEn }
}

/** A module's name in the user's language, when it has been installed while the page was open; else its id. */
export function moduleName(id) {
  return names[id] ? pick(names[id].nameZh, names[id].nameEn) : id
}
