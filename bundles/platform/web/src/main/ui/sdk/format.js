// Dates as the API sends them (LocalDate '2026-05-01', LocalDateTime '2026-05-01T09:30:12.345',
// epoch milliseconds) as every page shows them.

const pad = (n) => String(n).padStart(2, '0')

function local(date, seconds) {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}` + (seconds ? `:${pad(date.getSeconds())}` : '')
  return `${day} ${time}`
}

/** Today in the browser's time zone as YYYY-MM-DD: a LocalDate, and the date pickers' value-format. */
export function today() {
  const d = new Date()
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** A LocalDate or LocalDateTime as YYYY-MM-DD; '' for none. */
export function formatDate(value) {
  return value ? String(value).slice(0, 10) : ''
}

/**
 * A LocalDateTime (shown as sent, no time-zone shift) or epoch milliseconds (in the browser's time
 * zone) as YYYY-MM-DD HH:mm, with :ss when seconds is set; '' for none.
 */
export function formatDateTime(value, { seconds = false } = {}) {
  if (value === null || value === undefined || value === '') return ''
  if (typeof value === 'number') return local(new Date(value), seconds)
  return String(value).replace('T', ' ').slice(0, seconds ? 19 : 16)
}
