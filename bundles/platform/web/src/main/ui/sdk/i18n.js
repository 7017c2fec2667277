// A small message catalogue instead of vue-i18n: vue-i18n compiles messages with new Function at
// run time, which the Content-Security-Policy forbids. Messages are plain strings with {name}
// placeholders; Chinese is the default and the fallback.
import { computed, reactive, ref } from 'vue'
import zhCn from 'element-plus/es/locale/lang/zh-cn.mjs'
import en from 'element-plus/es/locale/lang/en.mjs'
import common from './messages.js'

export const LOCALES = ['zh-CN', 'en']
const STORAGE_KEY = 'xuncha.locale'

function initialLocale() {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN'
  } catch {
    return 'zh-CN'
  }
}

/** The current locale, 'zh-CN' or 'en'. Reactive: pages re-render when it changes. */
export const locale = ref(initialLocale())

/** Element Plus's own texts for the current locale (pagination, date pickers, ...). */
export const elementLocale = computed(() => (locale.value === 'en' ? en : zhCn))

const catalogue = reactive({ 'zh-CN': {}, en: {} })

function flatten(tree, prefix, into) {
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key
    if (value !== null && typeof value === 'object') flatten(value, name, into)
    else into[name] = String(value)
  }
  return into
}

/**
 * Adds messages, nested or dotted: { 'zh-CN': { notes: { title: '单位备注' } }, en: { ... } }.
 * Modules prefix their keys with their id so that they never overwrite another module's.
 */
export function addMessages(messages) {
  for (const [loc, tree] of Object.entries(messages)) {
    if (!catalogue[loc]) catalogue[loc] = {}
    Object.assign(catalogue[loc], flatten(tree, '', {}))
  }
}

/** The message for key in the current locale, Chinese if it has no translation, else the key. */
export function t(key, params) {
  const text = catalogue[locale.value]?.[key] ?? catalogue['zh-CN'][key] ?? key
  return params ? text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? '')) : text
}

/**
 * The translator of one module: its message keys without the module id.
 *
 *   const m = translator('round-planning')
 *   m('round.add')          // t('round-planning.round.add')
 *   m.key('round.name')     // 'round-planning.round.name', for rules.required(...) and the like
 */
export function translator(moduleId) {
  const prefix = moduleId + '.'
  const m = (key, params) => t(prefix + key, params)
  m.key = (key) => prefix + key
  return m
}

/** True when key has a message (in the current locale or in Chinese). */
export function hasMessage(key) {
  return (catalogue[locale.value]?.[key] ?? catalogue['zh-CN'][key]) !== undefined
}

/** One of two texts the server sent (nameZh / nameEn, message / messageEn). */
export function pick(zh, en) {
  return locale.value === 'en' && en ? en : zh
}

export function setLocale(value) {
  locale.value = value === 'en' ? 'en' : 'zh-CN'
  try {
    localStorage.setItem(STORAGE_KEY, locale.value)
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = locale.value
}

addMessages(common)
document.documentElement.lang = locale.value
