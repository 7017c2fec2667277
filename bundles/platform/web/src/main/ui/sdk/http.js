// The /api client every page uses: JSON in and out, the CSRF token echoed on writes, errors as
// ApiError with the server's Chinese and English messages and per-field problems.
import { pick, t } from './i18n.js'

const BASE = '/api'
const SAFE = new Set(['GET', 'HEAD'])
const listeners = new Set()

/** An error answer of the API: { code, message, messageEn, fields: [{ field, code, message, messageEn }] }. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.code = body?.code || (status === 0 ? 'network' : 'http_' + status)
    this.messageZh = body?.message || ''
    this.messageEn = body?.messageEn || ''
    this.fields = Array.isArray(body?.fields) ? body.fields : []
  }

  /** The message in the user's language. */
  get text() {
    if (this.status === 0) return t('common.networkError')
    return pick(this.messageZh, this.messageEn) || (this.status === 403 ? t('common.forbidden') : `HTTP ${this.status}`)
  }
}

/** Called with every ApiError before it is thrown; the shell uses it for 401 and forced password changes. */
export function onApiError(listener) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function csrfToken() {
  const cookie = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith('XSRF-TOKEN='))
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : null
}

function queryString(query) {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    params.append(key, String(value))
  }
  const s = params.toString()
  return s ? '?' + s : ''
}

async function request(method, path, { query, json, body, contentType, accept = 'application/json' } = {}) {
  const headers = { Accept: accept }
  if (!SAFE.has(method)) {
    const token = csrfToken()
    if (token) headers['X-XSRF-TOKEN'] = token
  }
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(json)
  } else if (contentType) {
    headers['Content-Type'] = contentType
  }
  let response
  try {
    response = await fetch(BASE + path + queryString(query), { method, headers, body, credentials: 'same-origin' })
  } catch {
    throw fail(new ApiError(0, null), path)
  }
  if (!response.ok) {
    let payload = null
    try {
      payload = await response.json()
    } catch {
      // not JSON (a proxy's error page): keep the status alone
    }
    throw fail(new ApiError(response.status, payload), path)
  }
  return response
}

function fail(error, path) {
  error.path = path
  listeners.forEach((listener) => listener(error))
  return error
}

async function json(response) {
  if (response.status === 204) return null
  const text = await response.text()
  return text ? JSON.parse(text) : null
}

/**
 * The name the server gave, from RFC 6266's filename* (UTF-8, percent-encoded) when present: the plain
 * filename beside it is the ASCII fallback, where every Chinese character became "_".
 */
function filenameOf(response, fallback) {
  const disposition = response.headers.get('Content-Disposition') || ''
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim())
    } catch {
      // a malformed escape: fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)
  return plain ? plain[1] : fallback
}

export const api = {
  get: (path, query) => request('GET', path, { query }).then(json),
  post: (path, data) => request('POST', path, { json: data ?? {} }).then(json),
  put: (path, data) => request('PUT', path, { json: data ?? {} }).then(json),
  del: (path) => request('DELETE', path).then(json),
  /** Sends a file as the raw request body (the import endpoints take the xlsx itself); query as in get. */
  upload: (path, file, query) => request('POST', path, { query, body: file, contentType: 'application/octet-stream' }).then(json),
  /** Downloads a file the API serves and saves it under the server's file name; query as in get. */
  async download(path, fallbackName, query) {
    const response = await request('GET', path, { query, accept: '*/*' })
    const blob = await response.blob()
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = filenameOf(response, fallbackName || 'download')
    document.body.appendChild(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  },
}
