// @xuncha/console: what the shell and every module page share. Served once at /ui/lib/xuncha.js;
// module builds rewrite `import ... from '@xuncha/console'` to that URL.
export { api, ApiError, onApiError } from './http.js'
export { locale, LOCALES, elementLocale, addMessages, t, pick, setLocale } from './i18n.js'
export { session, can, setSession } from './session.js'
export { rules, notifyError, useServerErrors } from './forms.js'
export { usePagedList } from './list.js'
export { ROLES, ADMIN_ROLES, roleName } from './roles.js'
export { loadDivisions, useDivisions, divisionName } from './reference.js'
export { defineModule } from './module.js'
export { default as UnitSelect } from './components/UnitSelect.vue'
export { default as DivisionSelect } from './components/DivisionSelect.vue'
export { default as ListSearch } from './components/ListSearch.vue'
export { default as ListTable } from './components/ListTable.vue'
