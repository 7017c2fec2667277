// Every list page's export, the console's (exportList) on this module's paths and message.
import { exportList as download, translator } from '@xuncha/console'

const tr = translator('interview-records')

export const exportList = (path, filename, query) => download(`/interview-records/${path}`, filename, query, () => tr('exported'))
