// Enumerations as the server names them (constants such as 'TOP_LEADER'), with their labels in the
// user's language, declared once per module and used for table cells, filters and form options.
import { pick, t, hasMessage } from './i18n.js'

/**
 * An enumeration whose labels are messages of the module:
 *
 *   export const STAGE = defineEnum('round-planning.stage', ['PREPARATION', 'ENTRY', ...])
 *   // messages: { 'round-planning': { stage: { PREPARATION: '准备', ... } } }, and the same in en
 *
 *   STAGE.label(row.stage)   // '准备'; the value itself when it has no label, '' for none
 *   STAGE.options            // [{ value, label }] in declaration order, for el-select / el-radio-group
 *   STAGE.values             // the constants in declaration order
 */
export function defineEnum(prefix, values) {
  const constants = Object.freeze([...values])
  const label = (value) => {
    if (value === null || value === undefined || value === '') return ''
    const key = `${prefix}.${value}`
    return hasMessage(key) ? t(key) : String(value)
  }
  return Object.freeze({
    values: constants,
    label,
    // a getter: read during render, so the labels follow the language switch
    get options() {
      return constants.map((value) => ({ value, label: label(value) }))
    },
  })
}

/**
 * The same for a list the server sends with its labels, [{ code, nameZh, nameEn }] (vocabularies
 * kept in the database). terms is a function returning the current list, e.g. () => cache.receiverKind,
 * so the enumeration follows the list once it has been read.
 */
export function serverEnum(terms) {
  const list = () => terms() ?? []
  const label = (value) => {
    if (value === null || value === undefined || value === '') return ''
    const found = list().find((x) => x.code === value)
    return found ? pick(found.nameZh, found.nameEn) : String(value)
  }
  return Object.freeze({
    get values() {
      return list().map((x) => x.code)
    },
    label,
    get options() {
      return list().map((x) => ({ value: x.code, label: pick(x.nameZh, x.nameEn) }))
    },
  })
}
