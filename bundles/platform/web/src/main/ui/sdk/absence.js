// Pages that show another module's data (interview records and lead transfer read round planning's
// rounds and groups) meet that module absent: the API answers 404 module_not_installed when it is
// not installed, 503 module_unavailable while it is being installed, updated or started. That is a
// state of the installation, said in place by <ModuleNotice>, not an error of the user's action.
import { ApiError } from './http.js'

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
