// Shared by the browser test files: one Chromium per file, signing in, screenshots, the Karaf console.
// The environment comes from WebConsoleIT (see console.test.mjs for the variables).
import { after, before } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'

export function env(name, fallback) {
  const value = process.env[name] ?? fallback
  if (value === undefined) throw new Error(`environment variable ${name} is not set`)
  return value
}

export const BASE = env('XUNCHA_URL')
export const HOME = env('XUNCHA_HOME')
const SHOTS = env('XUNCHA_SCREENSHOTS')
const CHROMIUM = env('XUNCHA_CHROMIUM', '/usr/bin/chromium')
const { chromium } = createRequire(path.join(env('XUNCHA_WEB_DIR'), 'package.json'))('playwright-core')

/** The passwords console.test.mjs gives the administrators and the office account (office1, role office-staff). */
export const PASSWORDS = { sysadmin: 'Sys-Admin-2026!', secadmin: 'Sec-Admin-2026!', auditor: 'Aud-Itor-2026!', office1: 'Office-Passw0rd!' }
export const WAIT = 20_000
/** A module install resolves and starts bundles, then the console notices within its poll interval. */
export const MODULE_WAIT = 120_000

/** The browser page of this file and what went wrong on it (page errors, CSP violations). */
export const browser = { context: undefined, page: undefined, problems: [] }

/**
 * Opens one Chromium for the test file that calls it (closed after the file's tests) and returns the
 * file's page, to keep in a module-level constant: a stand-in that reaches the real page when used.
 * Node's test runner may run a file's before hooks side by side, so a copy of the page taken in
 * another hook could still be undefined.
 */
export function useBrowser() {
  before(async () => {
    assert.ok(fs.existsSync(CHROMIUM), `no browser at ${CHROMIUM}: apt-get install -y chromium`)
    fs.mkdirSync(SHOTS, { recursive: true })
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'xuncha-chromium-'))
    browser.context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai', // an office's browser, and the server's day
      acceptDownloads: true,
    })
    browser.context.setDefaultTimeout(WAIT)
    const page = browser.context.pages()[0] ?? (await browser.context.newPage())
    browser.page = page
    page.on('pageerror', (error) => browser.problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) browser.problems.push(`CSP: ${message.text()}`)
    })
  })
  after(async () => {
    await browser.context?.close()
  })
  return filePage
}

const page = () => browser.page
const filePage = new Proxy({}, {
  get: (_, key) => (typeof page()[key] === 'function' ? page()[key].bind(page()) : page()[key]),
})
export const shot = (name) => page().screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false })
export const menuItem = (group, entry) => page().locator(`[data-test="menu-${group}-${entry}"]`)
export const dialog = (name) => page().locator(`[data-test="${name}"]`).locator('xpath=ancestor-or-self::div[contains(@class,"el-dialog")][1]')
export const formItem = (root, label) => root.locator('.el-form-item').filter({ has: page().locator('.el-form-item__label', { hasText: label }) })

export function initialPassword(user) {
  const line = fs.readFileSync(path.join(HOME, 'data', 'xuncha', 'initial-credentials.txt'), 'utf8')
    .split('\n').find((l) => l.startsWith(user + '='))
  assert.ok(line, `no one-time password for ${user}`)
  return line.substring(user.length + 1).trim()
}

/** Runs a Karaf console command the way an administrator would: bin/client over SSH. */
export function karaf(command) {
  const clientHome = path.join(HOME, 'data', 'client-home')
  fs.mkdirSync(clientHome, { recursive: true })
  return execFileSync(path.join(HOME, 'bin', 'client'),
    ['-a', env('XUNCHA_SSH_PORT'), '-h', '127.0.0.1', '-u', 'sysadmin', '-p', PASSWORDS.sysadmin, '-r', '5', '-b'], {
      input: command + '\n',
      encoding: 'utf8',
      timeout: 180_000,
      // a fresh known-hosts file: every test distribution has its own host key
      env: { ...process.env, KARAF_OPTS: `-Duser.home=${clientHome}` },
    })
}

export async function signIn(username, password) {
  await page().goto(BASE + '/login')
  await page().locator('input[name="username"]').fill(username)
  await page().locator('input[name="password"]').fill(password)
  await page().locator('.login-submit').click()
}

/** First sign-in with a one-time password: the console insists on a new one before anything else. */
export async function firstSignIn(username, oneTime) {
  await signIn(username, oneTime)
  await page().waitForURL('**/password')
  await page().locator('input[name="newPassword"]').fill(PASSWORDS[username])
  await page().locator('input[name="confirm"]').fill(PASSWORDS[username])
  await page().getByRole('button', { name: '确认修改' }).click()
  await page().locator('[data-test="dashboard"]').waitFor()
}

let userSignedIn = false // whether switchUser left someone signed in on this file's page

export async function signOut() {
  await page().locator('[data-test="user-menu"]').click()
  await page().locator('[data-test="logout"]').click()
  await page().waitForURL('**/login')
  userSignedIn = false
}

/**
 * Signs in on the page as this user, signing out the one this file signed in before. The server's sign-in
 * throttle counts every sign-in from this address (REST set-up and console.test.mjs included): when it
 * answers "too many attempts", waits out its window and tries again, four times at most.
 */
export async function switchUser(username, password) {
  if (userSignedIn) await signOut()
  for (let attempt = 1; ; attempt++) {
    await signIn(username, password)
    const dashboard = page().locator('[data-test="dashboard"]')
    const throttled = page().locator('[data-test="login-problem"]').getByText('登录尝试过于频繁')
    await dashboard.or(throttled).waitFor()
    if (await dashboard.isVisible() || attempt === 4) break
    await page().waitForTimeout(20_000)
  }
  await page().locator('[data-test="dashboard"]').waitFor()
  userSignedIn = true
}

/** A REST client for set-up, as Api.java: the session and XSRF cookies kept, the token echoed on writes. */
export class Rest {
  cookies = new Map()

  async call(method, path, body) {
    const headers = { Accept: 'application/json' }
    if (this.cookies.size) headers.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    if (method !== 'GET' && this.cookies.has('XSRF-TOKEN')) headers['X-XSRF-TOKEN'] = decodeURIComponent(this.cookies.get('XSRF-TOKEN'))
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const response = await fetch(`${BASE}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';')
      const i = pair.indexOf('=')
      this.cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1).trim())
    }
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null }
  }

  async expect(status, method, path, body) {
    const r = await this.call(method, path, body)
    assert.equal(r.status, status, `${method} ${path}: ${JSON.stringify(r.body)}`)
    return r.body
  }

  get = (path) => this.expect(200, 'GET', path)
  post = (path, body, status = 201) => this.expect(status, 'POST', path, body)
  put = (path, body, status = 200) => this.expect(status, 'PUT', path, body)

  /**
   * The one-time password the system administrator requested for an account (created or reset), as
   * the security administrator (this client) releases it: 三员分立, the system administrator is never told it.
   */
  release = async (userId) => (await this.expect(200, 'POST', `/platform/security/users/${userId}/release-password`, {})).initialPassword

  /**
   * Grants a business role (as the security administrator, this client) the explicit all-divisions
   * grant, so that its accounts of no division see every division.
   */
  grantAllDivisions = async (role) => {
    const r = (await this.get('/platform/security/roles')).find((x) => x.id === role)
    if (!r.permissions.includes('platform.scope.all-divisions')) {
      const wanted = [...r.permissions, 'platform.scope.all-divisions']
      const first = await this.call('PUT', `/platform/security/roles/${role}/permissions`, { permissions: wanted })
      if (first.status === 400) {
        // grants kept for a module not installed now are no permissions to send: keep the known ones
        const known = new Set((await this.get('/platform/security/permissions')).map((p) => p.id))
        await this.put(`/platform/security/roles/${role}/permissions`, { permissions: wanted.filter((p) => known.has(p)) })
      } else {
        assert.equal(first.status, 200, JSON.stringify(first.body))
      }
    }
  }

  /**
   * Signs in with the password; when that fails and oneTime gives the account's one-time password,
   * signs in with that and changes it to the password (an account's first sign-in).
   */
  static async signIn(username, password, oneTime) {
    const rest = new Rest()
    if ((await rest.call('POST', '/auth/login', { username, password })).status === 200) return rest
    assert.ok(oneTime, `sign-in ${username} refused`)
    await rest.expect(200, 'POST', '/auth/login', { username, password: oneTime() })
    await rest.expect(204, 'POST', '/auth/password', { oldPassword: oneTime(), newPassword: password })
    return rest
  }
}
