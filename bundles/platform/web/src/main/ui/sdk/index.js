// @xuncha/console: what the shell and every module page share. Served once at /ui/lib/xuncha.js;
// module builds rewrite `import ... from '@xuncha/console'` to that URL.
export { api, ApiError, onApiError } from './http.js'
export { locale, LOCALES, elementLocale, addMessages, t, pick, setLocale, translator, hasMessage } from './i18n.js'
export { defineEnum, serverEnum } from './enums.js'
export { today, formatDate, formatDateTime } from './format.js'
export { session, can, setSession } from './session.js'
export { rules, notifyError, useServerErrors, confirmed } from './forms.js'
export { useSaveDialog } from './dialog.js'
export { usePagedList, fetchAll, MAX_PAGE_SIZE } from './list.js'
export { useImportJob } from './imports.js'
export { moduleAbsence, moduleName, knowModules, MODULE_NOT_INSTALLED, MODULE_UNAVAILABLE } from './absence.js'
export { ROLES, ADMIN_ROLES, roleName } from './roles.js'
export {
  loadDivisions, useDivisions, divisionName, loadUnit, loadPerson, unitName, personName, forgetReferenceNames,
} from './reference.js'
export { defineModule } from './module.js'
export { default as UnitSelect } from './components/UnitSelect.vue'
export { default as PersonSelect } from './components/PersonSelect.vue'
export { default as DivisionSelect } from './components/DivisionSelect.vue'
export { default as ListSearch } from './components/ListSearch.vue'
export { default as ListTable } from './components/ListTable.vue'
export { default as ModuleNotice } from './components/ModuleNotice.vue'
export { default as Chart } from './components/Chart.vue'
