// Every list page's export: the server writes the xlsx in the caller's scope (audited) under a Chinese name.
import { ElMessage } from 'element-plus'
import { api, notifyError, translator } from '@xuncha/console'

const tr = translator('interview-records')

export async function exportList(path, filename, query) {
  try {
    await api.download(`/interview-records/${path}`, filename, query)
    ElMessage.success(tr('exported'))
  } catch (error) {
    notifyError(error)
  }
}
