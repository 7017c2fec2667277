// What a module's front-end entry exports: `export default defineModule({ ... })`.

const ID = /^[a-z][a-z0-9-]*$/

/**
 * Describes a module's pages to the shell.
 *
 * @param definition.id        the module id, as in its ModuleDescriptor
 * @param definition.routes    vue-router routes with absolute paths; each path a uiEntry's route
 *                             (or below it, e.g. '/example/notes/:id'); component may be lazy:
 *                             () => import('./NotesPage.vue')
 * @param definition.messages  { 'zh-CN': {...}, en: {...} }, keys prefixed with the module id
 */
export function defineModule(definition) {
  const { id, routes = [], messages = {} } = definition || {}
  if (!ID.test(id || '')) throw new Error(`defineModule: id "${id}" must be lower case letters, digits and dashes`)
  for (const route of routes) {
    if (!route.path?.startsWith('/')) throw new Error(`defineModule(${id}): route path "${route.path}" must start with /`)
    if (!route.component) throw new Error(`defineModule(${id}): route ${route.path} has no component`)
  }
  return Object.freeze({ id, routes, messages, xunchaModule: 1 })
}
