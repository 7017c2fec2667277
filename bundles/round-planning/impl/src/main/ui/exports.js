// The list pages' export: the server writes the xlsx of the list as filtered, in the caller's scope (audited), under a Chinese name.
import { ref } from 'vue'
import { ElMessage } from 'element-plus'
import { api, notifyError, translator } from '@xuncha/console'

const m = translator('round-planning')

/** An export of `/round-planning/${path}` with the page's current filters (a function returning them); `exported` names the success message. */
export function useExport(path, filename, filters, exported) {
  const exporting = ref(false)
  async function run() {
    exporting.value = true
    try {
      await api.download(`/round-planning/${path}`, filename, filters())
      ElMessage.success(m(exported))
    } catch (error) {
      notifyError(error)
    } finally {
      exporting.value = false
    }
  }
  return { exporting, run }
}
