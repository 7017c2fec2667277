// A list's export: the server writes the xlsx of the list as the page filters it, in the caller's scope and
// audited, under a Chinese name; the page downloads it and says so. Every module's list pages share it.
import { ref } from 'vue'
import { ElMessage } from 'element-plus'
import { api } from './http.js'
import { notifyError } from './forms.js'

/**
 * Downloads `url` (with `query`) as `filename`; says `done` (a text, or a function giving it in the language
 * chosen by then) when it arrived, the server's refusal when not.
 */
export async function exportList(url, filename, query, done) {
  try {
    await api.download(url, filename, query)
    const text = typeof done === 'function' ? done() : done
    if (text) ElMessage.success(text)
    return true
  } catch (error) {
    notifyError(error)
    return false
  }
}

/** The same for a button: `filters` gives the page's current filters; `exporting` is true while the file is written. */
export function useExport(url, filename, filters = () => ({}), done = '') {
  const exporting = ref(false)
  async function run() {
    exporting.value = true
    try {
      await exportList(url, filename, filters(), done)
    } finally {
      exporting.value = false
    }
  }
  return { exporting, run }
}
