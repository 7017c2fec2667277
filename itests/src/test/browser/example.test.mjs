// The example module's page (the one integrators copy) in a real browser, after console.test.mjs
// against the same distribution (see that file for the environment): the module is installed from
// the Karaf console, a unit gets more than a hundred notes over REST, and the page reads them a page
// at a time — newest first, the oldest ones past the hundredth on the last page — and adds one more.
// The module is uninstalled again at the end, as console.test.mjs leaves it.
import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import {
  MODULE_WAIT, PASSWORDS, browser, initialPassword, karaf, menuItem, shot, signIn, signOut, useBrowser, Rest,
} from './support.mjs'

const page = useBrowser()

const RUN = Date.now().toString(36).slice(-5)
const CITY = '371500'
const PASSWORD = 'Ex-Notes-Passw0rd!'
const USER = `exnotes${RUN}`
const UNIT = `聊城市审计局党组（${RUN}）`
const NOTES = 105
const text = (n) => `备注${String(n).padStart(3, '0')}（${RUN}）`

let installed = false
after(() => {
  if (installed) karaf('xuncha:module-uninstall example')
})

test('set-up: the example module installed, an office account, a unit with 105 notes over REST', async () => {
  assert.match(karaf('xuncha:module-install example'), /已安装模块 example/)
  installed = true
  const sysadmin = await Rest.signIn('sysadmin', PASSWORDS.sysadmin, () => initialPassword('sysadmin'))
  const secadmin = await Rest.signIn('secadmin', PASSWORDS.secadmin, () => initialPassword('secadmin'))
  const created = await sysadmin.post('/platform/security/users', { username: USER, displayName: '备注测试', divisionCode: null, personId: null })
  await secadmin.put(`/platform/security/users/${created.user.id}/roles`, { roles: ['office-staff'] })
  await secadmin.grantAllDivisions('office-staff')
  const initial = await secadmin.release(created.user.id)
  const office = await Rest.signIn(USER, PASSWORD, () => initial)
  if ((await office.call('GET', `/platform/reference/divisions/${CITY}`)).status !== 200) {
    await office.put(`/platform/reference/divisions/${CITY}`, { nameZh: '聊城市', level: 'CITY' }, 201)
  }
  const unit = await office.post('/platform/reference/units', { code: `EX-${RUN}`, name: UNIT, divisionCode: CITY, active: true })
  // the module's REST resource answers once its server is in service (503 while it starts)
  for (let started = Date.now(); (await office.call('GET', `/example/notes?unitId=${unit.id}`)).status !== 200;) {
    assert.ok(Date.now() - started < MODULE_WAIT, 'the example module\'s notes did not come up')
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  for (let n = 1; n <= NOTES; n++) await office.post('/example/notes', { unitId: unit.id, text: text(n) })
  const first = await office.get(`/example/notes?unitId=${unit.id}&page=1&size=10`)
  assert.equal(first.total, NOTES, 'the list answers a page with the total')
  assert.equal(first.items[0].text, text(NOTES), 'newest first')
})

test('the page reads the notes a page at a time and reaches the oldest, past the hundredth', async () => {
  await signIn(USER, PASSWORD)
  await page.locator('[data-test="dashboard"]').waitFor()
  await menuItem('example', 'notes').waitFor({ timeout: MODULE_WAIT })
  await menuItem('example', 'notes').click()
  await page.locator('[data-test="notes-unit"]').click()
  await page.keyboard.type(RUN)
  await page.locator('.el-select-dropdown__item:visible', { hasText: UNIT }).click()
  const table = page.locator('[data-test="notes-table"]')
  const rows = table.locator('.el-table__body tr')
  await rows.first().getByText(text(NOTES)).waitFor()
  assert.equal(await rows.count(), 10, 'ten to a page')
  await page.locator('.x-pager').getByText(`共 ${NOTES} 条`).waitFor()

  await page.locator('.x-pager .el-pager li', { hasText: /^11$/ }).click()
  await rows.first().getByText(text(5)).waitFor()
  assert.equal(await rows.count(), 5, 'the last page holds the five oldest')
  await rows.last().getByText(text(1)).waitFor()
  await shot('example-01-notes-last-page')

  // a note added goes to the top of the first page
  await page.locator('textarea[data-test="note-text"]').fill(`新增备注（${RUN}）`)
  await page.locator('[data-test="note-add"]').click()
  await rows.first().getByText(`新增备注（${RUN}）`).waitFor()
  await page.locator('.x-pager').getByText(`共 ${NOTES + 1} 条`).waitFor()
  assert.equal(await page.locator('textarea[data-test="note-text"]').inputValue(), '', 'the form is blank again')
  await signOut()
})

test('no page error and no Content-Security-Policy violation on the way', () => {
  assert.deepEqual(browser.problems, [])
})
