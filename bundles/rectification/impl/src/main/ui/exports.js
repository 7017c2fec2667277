// Every list page's export: the server writes the xlsx in the caller's scope (audited) under a Chinese name.
import { ElMessage } from 'element-plus'
import { api, notifyError, translator } from '@xuncha/console'

const m = translator('rectification')

export async function exportList(path, filename) {
  try {
    await api.download(`/rectification/exports/${path}`, filename)
    ElMessage.success(m('exported'))
  } catch (error) {
    notifyError(error)
  }
}
