// Shared by the browser test files: one Chromium per file, signing in, screenshots, the Karaf console.
// The environment comes from WebConsoleIT (see console.test.mjs for the variables).
import { after, before } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
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

// ---- the administrators' second factor (mandatory for them: docs/security.md section 3)
// Each administrator enrols once (console.test.mjs, in the browser; or Rest.signIn); the secret and the
// last time step used go to a file of the installation that the Java side (SecondFactor.java) shares,
// so no code is used twice, whichever process signs in.
const ADMINS = ['sysadmin', 'secadmin', 'auditor']
const FACTOR_FILE = path.join(HOME, 'it-second-factor.properties')

function readFactors() {
  const values = {}
  if (fs.existsSync(FACTOR_FILE)) {
    for (const line of fs.readFileSync(FACTOR_FILE, 'utf8').split('\n')) {
      const i = line.indexOf('=')
      if (i > 0) values[line.slice(0, i).trim()] = line.slice(i + 1).trim()
    }
  }
  return values
}

function writeFactors(values) {
  fs.writeFileSync(FACTOR_FILE, Object.entries(values).map(([k, v]) => `${k}=${v}\n`).join(''), { mode: 0o600 })
}

export const secondFactor = (user) => readFactors()[`${user}.secret`]

export function enrolled(user, secret) {
  const values = readFactors()
  values[`${user}.secret`] = secret
  delete values[`${user}.step`]
  writeFactors(values)
}

/** RFC 6238 (HMAC-SHA1, 30 s, 6 digits) of a base32 secret at a time step. */
export function totp(secret, step) {
  let bits = ''
  for (const c of secret.replace(/=+$/, '')) bits += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.indexOf(c).toString(2).padStart(5, '0')
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)))
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(step))
  const h = crypto.createHmac('sha1', key).update(counter).digest()
  const o = h[h.length - 1] & 0xf
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000).padStart(6, '0')
}

/**
 * A code for the administrator the server has not seen yet. The server takes the previous, the current
 * and the next time step, each once: the earliest unspent of them, the previous one only while more than
 * 10 s of the current step remain (still current-minus-one when the server checks it); waits for a step
 * only when all are spent. As SecondFactor.nextCode on the Java side, which shares the file.
 */
export async function nextCode(user) {
  const values = readFactors()
  const secret = values[`${user}.secret`]
  assert.ok(secret, `${user} has no second factor enrolled here`)
  const last = Number(values[`${user}.step`] ?? -1)
  const millis = Date.now()
  let now = Math.floor(millis / 30_000)
  const step = Math.max(30_000 - (millis % 30_000) > 10_000 ? now - 1 : now, last + 1)
  while (step > now + 1) {
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    now = Math.floor(Date.now() / 30_000)
  }
  if (Date.now() - millis > 1_000) console.log(`[second factor] ${user} waited ${Math.round((Date.now() - millis) / 1000)} s for an unspent time step`)
  values[`${user}.step`] = String(step)
  writeFactors(values)
  return totp(secret, step)
}

/** On the enrolment page an administrator without the second factor is sent to: reads the secret, confirms a code. */
export async function enrolOnPage(user) {
  await page().waitForURL('**/second-factor')
  const secret = (await page().locator('[data-test="totp-secret"]').textContent()).trim()
  assert.match(secret, /^[A-Z2-7]{16,}$/)
  enrolled(user, secret)
  await page().locator('input[name="totpCode"]').fill(await nextCode(user))
  await page().locator('[data-test="totp-confirm"]').click()
  await page().locator('[data-test="dashboard"]').waitFor()
}

/**
 * Runs a Karaf console command as the system administrator, over SSH (password followed by the code), on
 * the console session the Java side (WebConsoleIT, ConsoleRelay) keeps for this run: one sign-in, so one
 * one-time code, for all the files' commands. Synchronous, as the tests call it.
 */
export function karaf(command) {
  const post = 'const r = await fetch(process.argv[1], { method: "POST", headers: { "X-Console-Token": process.env.XUNCHA_CONSOLE_TOKEN }, body: process.argv[2] });'
    + ' const text = await r.text(); if (!r.ok) { console.error(`console relay: ${r.status} ${text}`); process.exit(1) } process.stdout.write(text)'
  return execFileSync(process.execPath, ['--input-type=module', '-e', post, env('XUNCHA_CONSOLE_URL'), command], {
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, XUNCHA_CONSOLE_TOKEN: env('XUNCHA_CONSOLE_TOKEN') },
  })
}

export async function signIn(username, password) {
  await page().goto(BASE + '/login')
  await page().locator('input[name="username"]').fill(username)
  await page().locator('input[name="password"]').fill(password)
  await page().locator('.login-submit').click()
  if (ADMINS.includes(username) && secondFactor(username)) {
    // an enrolled administrator: the right password is answered with the code field
    const code = page().locator('input[name="totp"]')
    await code.or(page().locator('[data-test="login-problem"]')).first().waitFor()
    if (await code.isVisible()) {
      await code.fill(await nextCode(username))
      await page().locator('.login-submit').click()
    }
  }
}

/** First sign-in with a one-time password: the console insists on a new one before anything else. */
export async function firstSignIn(username, oneTime) {
  await signIn(username, oneTime)
  await page().waitForURL('**/password')
  await page().locator('input[name="newPassword"]').fill(PASSWORDS[username])
  await page().locator('input[name="confirm"]').fill(PASSWORDS[username])
  await page().getByRole('button', { name: '确认修改' }).click()
  if (ADMINS.includes(username)) await enrolOnPage(username)
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
    const admin = ADMINS.includes(username)
    if (admin) {
      const kept = await Rest.kept(username)
      if (kept) return kept
    }
    const rest = new Rest()
    const login = async (pw) => rest.call('POST', '/auth/login',
      admin && secondFactor(username) ? { username, password: pw, totp: await nextCode(username) } : { username, password: pw })
    let answer = await login(password)
    if (answer.status !== 200) {
      assert.ok(oneTime, `sign-in ${username} refused: ${JSON.stringify(answer.body)}`)
      answer = await login(oneTime())
      assert.equal(answer.status, 200, JSON.stringify(answer.body))
      await rest.expect(204, 'POST', '/auth/password', { oldPassword: oneTime(), newPassword: password })
    }
    if (answer.body.secondFactorEnrolmentRequired) {
      const { secret } = await rest.expect(200, 'POST', '/auth/totp/setup', {})
      enrolled(username, secret)
      await rest.expect(204, 'POST', '/auth/totp/enable', { code: await nextCode(username) })
    }
    if (admin) Rest.keep(username, rest)
    return rest
  }

  /**
   * The administrators' REST sessions are kept in a file of the installation for the next test file (each
   * runs in a process of its own): one sign-in, and one code, per administrator for all of them.
   */
  static keep(username, rest) {
    const file = path.join(HOME, 'it-admin-sessions.json')
    const all = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}
    all[username] = Object.fromEntries(rest.cookies)
    fs.writeFileSync(file, JSON.stringify(all), { mode: 0o600 })
  }

  static async kept(username) {
    const file = path.join(HOME, 'it-admin-sessions.json')
    const cookies = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8'))[username] : undefined
    if (!cookies) return undefined
    const rest = new Rest()
    rest.cookies = new Map(Object.entries(cookies))
    const me = await rest.call('GET', '/auth/me')
    return me.status === 200 && !me.body.mustChangePassword && !me.body.secondFactorEnrolmentRequired ? rest : undefined
  }
}

/**
 * What a reader of a chart checks: every expected label is shown (whole, or cut with an ellipsis that keeps
 * its start; or followed by its figure), inside the chart, and no two texts of the chart overlap. Texts are SVG (the console draws
 * with ECharts' SVG renderer); rotated labels are compared as the rotated rectangles they are, not as
 * their bounding boxes. Returns the labels as shown.
 */
export async function assertChartReadable(chart, expectedLabels) {
  await chart.locator('.x-chart svg text').first().waitFor()
  // ECharts animates labels in; the check waits until two looks a frame apart agree
  let found
  let missing = []
  const shown = (name) => found.labels.some((l) => {
    const cut = l.replace(/(\.\.\.|…)$/, '')
    return cut.length >= 2 && (l.startsWith(name) || (cut !== l && name.startsWith(cut)))
  })
  for (let last = null, tries = 0; tries < 50; tries++) {
    found = await chart.locator('.x-chart svg').first().evaluate((svg) => {
      const frame = svg.getBoundingClientRect()
      const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim() && t.getAttribute('display') !== 'none'
        && getComputedStyle(t).visibility !== 'hidden' && Number(t.getAttribute('opacity') ?? 1) > 0 && Number(getComputedStyle(t).opacity) > 0)
      const corners = (t) => {
        const b = t.getBBox()
        const m = t.getScreenCTM()
        return [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]
          .map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f])
      }
      // two convex quadrilaterals overlap unless one of their edges' normals separates them (by more than 1 px of slack)
      const separated = (p, q) => [p, q].some((poly) => poly.some((a, i) => {
        const b = poly[(i + 1) % poly.length]
        const n = [a[1] - b[1], b[0] - a[0]]
        const len = Math.hypot(n[0], n[1]) || 1
        const proj = (pts) => pts.map(([x, y]) => (x * n[0] + y * n[1]) / len)
        const [pp, qq] = [proj(p), proj(q)]
        return Math.max(...pp) <= Math.min(...qq) + 1 || Math.max(...qq) <= Math.min(...pp) + 1
      }))
      const shapes = texts.map((t) => ({ text: t.textContent.trim(), quad: corners(t) }))
      const overlaps = []
      for (let i = 0; i < shapes.length; i++) {
        for (let j = i + 1; j < shapes.length; j++) {
          if (!separated(shapes[i].quad, shapes[j].quad)) overlaps.push(`${shapes[i].text} × ${shapes[j].text}`)
        }
      }
      const outside = shapes.filter((s) => s.quad.some(([x, y]) => x < frame.left - 1 || x > frame.right + 1 || y < frame.top - 1 || y > frame.bottom + 1))
        .map((s) => s.text)
      return { labels: shapes.map((s) => s.text), overlaps, outside }
    })
    missing = expectedLabels.filter((name) => !shown(name))
    const now = JSON.stringify(found)
    if (now === last && !missing.length) break
    last = now
    // between two looks at an animation (or a redraw after a change of language), not a wait for the server
    await page().waitForTimeout(200)
  }
  assert.deepEqual(missing, [], `labels not shown: ${missing.join(', ')} (shown: ${found.labels.join(' | ')})`)
  // names cut so short that two read alike are not readable either
  const as = expectedLabels.map((name) => found.labels.find((l) => l.startsWith(name) || name.startsWith(l.replace(/(\.\.\.|…)$/, ''))))
  const alike = as.filter((l, i) => as.indexOf(l) !== i)
  assert.deepEqual(alike, [], `different names shown alike: ${alike.join(', ')}`)
  assert.deepEqual(found.overlaps, [], 'overlapping texts')
  assert.deepEqual(found.outside, [], 'texts outside the chart')
  return found.labels
}
