// Form helpers: rules that check as the user types, and the server's field errors shown next to
// the fields they concern.
import { reactive, watch } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { ApiError } from './http.js'
import { today } from './format.js'
import { pick, t } from './i18n.js'

const blank = (v) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0)
const label = (key) => t(key)
// 'change' fires on every keystroke of an Element Plus input, so the form checks as the user types.
const TRIGGER = ['change', 'blur']

/** Element Plus form rules with messages in the current language. labelKey is a message key. */
export const rules = {
  required: (labelKey) => ({
    required: true,
    trigger: TRIGGER,
    validator: (_rule, value, done) => (blank(value) ? done(new Error(t('common.required', { label: label(labelKey) }))) : done()),
  }),
  maxLength: (labelKey, max) => ({
    trigger: TRIGGER,
    validator: (_rule, value, done) =>
      typeof value === 'string' && value.length > max ? done(new Error(t('common.tooLong', { label: label(labelKey), max }))) : done(),
  }),
  pattern: (labelKey, regexp, messageKey) => ({
    trigger: TRIGGER,
    validator: (_rule, value, done) =>
      !blank(value) && !regexp.test(String(value)) ? done(new Error(t(messageKey || 'common.invalid', { label: label(labelKey) }))) : done(),
  }),
  /** A date (YYYY-MM-DD) that is not after today, in the browser's time zone. */
  notFuture: () => ({
    trigger: TRIGGER,
    validator: (_rule, value, done) => (value && value > today() ? done(new Error(t('common.notFuture'))) : done()),
  }),
  /** A rule of your own: check(value) returns a message key when the value is wrong. */
  custom: (check) => ({
    trigger: TRIGGER,
    validator: (_rule, value, done) => {
      const problem = check(value)
      return problem ? done(new Error(t(problem))) : done()
    },
  }),
}

/** Asks the user to confirm something (an OK / cancel box, a warning); resolves true when they did. */
export async function confirmed(message, { title = t('common.confirmTitle'), type = 'warning' } = {}) {
  try {
    await ElMessageBox.confirm(message, title, { type })
    return true
  } catch {
    return false
  }
}

/** Shows any error to the user: the server's message in their language, or the error's own text. */
export function notifyError(error) {
  ElMessage.error({ message: error instanceof ApiError ? error.text : String(error?.message || error), grouping: true })
}

/**
 * Server field errors for a form: bind `:error="serverErrors.errors.name"` on each el-form-item.
 * A field's server error disappears as soon as the user changes that field.
 *
 * @param model    the form's reactive model; its keys are the fields the form shows
 * @param aliases  server field name → model key, where they differ (e.g. spreadsheet columns)
 */
export function useServerErrors(model, aliases = {}) {
  const errors = reactive({})
  const clear = (field) => {
    if (field) delete errors[field]
    else Object.keys(errors).forEach((k) => delete errors[k])
  }
  if (model) {
    watch(() => ({ ...model }), (now, before) => {
      for (const key of Object.keys(now)) if (now[key] !== before[key]) delete errors[key]
    })
  }
  /** Puts the error's field problems next to their fields; anything else becomes a message. Returns true if fields were marked. */
  function apply(error) {
    clear()
    if (!(error instanceof ApiError) || error.fields.length === 0) {
      notifyError(error)
      return false
    }
    const elsewhere = []
    for (const f of error.fields) {
      const key = aliases[f.field] ?? f.field
      const text = pick(f.message, f.messageEn)
      if (model && Object.hasOwn(model, key)) errors[key] = errors[key] ? `${errors[key]}；${text}` : text
      else elsewhere.push(text)
    }
    if (elsewhere.length) ElMessage.error({ message: elsewhere.join('；'), grouping: true })
    return elsewhere.length < error.fields.length
  }
  return { errors, apply, clear }
}
