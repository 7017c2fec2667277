// Every list page's export, the console's (exportList) on this module's export paths and message.
import { exportList as download, translator } from '@xuncha/console'

const m = translator('rectification')

export const exportList = (path, filename) => download(`/rectification/exports/${path}`, filename, undefined, () => m('exported'))
