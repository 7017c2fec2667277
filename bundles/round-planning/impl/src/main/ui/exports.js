// The list pages' export, the console's (useExport) on this module's paths and messages.
import { translator, useExport as exportOf } from '@xuncha/console'

const m = translator('round-planning')

/** An export of `/round-planning/${path}` with the page's current filters (a function returning them); `exported` names the success message. */
export const useExport = (path, filename, filters, exported) => exportOf(`/round-planning/${path}`, filename, filters, () => m(exported))
