// The rectification module's pages in a real browser, after console.test.mjs against the same
// distribution (see that file for the environment). Set-up that is not this module's job — the city,
// units, cadres, a term, a round taken to feedback, the ledger and its task, the accounts — goes over
// REST; then, in the browser, the inspected unit's contact opens its own ledger (and only that one),
// asks for the task's closure and attaches an evidence file to the request; the office finds it in
// its review queue, sees the file, and approves the closure; records a common problem and reads the
// closure rate per unit in the statistics chart.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { PASSWORDS, browser, useBrowser, shot, menuItem, switchUser, signOut, Rest } from './support.mjs'

const page = useBrowser()

const RUN = Date.now().toString(36).slice(-5)
const CITY = '371500'
const USER_PASSWORD = 'Rc-Web-Passw0rd!'
const USERS = { office: `rcoffice${RUN}`, secretary: `rcsec${RUN}`, contact: `rccontact${RUN}` }
const UNIT = `聊城市水利局党组（${RUN}）`
const OTHER_UNIT = `聊城市林业局党组（${RUN}）`
const PROBLEM = `河湖长制落实不到位（${RUN}）`
const OTHER_PROBLEM = `林业问题（${RUN}）`

const isoDate = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
const daysFromToday = (n) => isoDate(new Date(Date.now() + n * 86_400_000))
const TODAY = daysFromToday(0)

async function account(sysadmin, secadmin, username, roles, personId = null) {
  const created = await sysadmin.post('/platform/security/users', { username, displayName: username, divisionCode: CITY, personId })
  await secadmin.put(`/platform/security/users/${created.user.id}/roles`, { roles })
  // 三员分立: the system administrator is never told the password; the security administrator releases it
  const initial = await secadmin.release(created.user.id)
  const user = await Rest.signIn(username, initial)
  await user.expect(204, 'POST', '/auth/password', { oldPassword: initial, newPassword: USER_PASSWORD })
  return user
}

const signInAs = (username) => switchUser(username, USER_PASSWORD)

test('set-up over REST: units, cadres, a round at feedback, two ledgers with a task each, the accounts', async () => {
  const sysadmin = await Rest.signIn('sysadmin', PASSWORDS.sysadmin)
  const secadmin = await Rest.signIn('secadmin', PASSWORDS.secadmin)
  const office = await account(sysadmin, secadmin, USERS.office, ['office-staff', 'office-leader'])
  const secretary = await account(sysadmin, secadmin, USERS.secretary, ['committee-leader'])
  if ((await office.call('GET', `/platform/reference/divisions/${CITY}`)).status !== 200) {
    await office.put(`/platform/reference/divisions/${CITY}`, { nameZh: '聊城市', level: 'CITY' }, 201)
  }
  const unit = await office.post('/platform/reference/units', { code: `RCW-${RUN}`, name: UNIT, divisionCode: CITY, field: '党政机关', active: true })
  const other = await office.post('/platform/reference/units', { code: `RCO-${RUN}`, name: OTHER_UNIT, divisionCode: CITY, field: '党政机关', active: true })
  const jw = await office.post('/platform/reference/units', { code: `RCJ-${RUN}`, name: `纪委监委机关（${RUN}）`, divisionCode: CITY, active: true })
  const person = async (name, unitId) => (await office.post('/platform/reference/persons', { name, unitId, post: '干部', active: true })).id
  const leader = await person('孙组长', jw.id)
  const contactPerson = await person('水利联络人', unit.id)

  const terms = (await office.get(`/round-planning/terms?divisionCode=${CITY}&size=100`)).items
  let term = terms.find((t) => t.startDate <= TODAY && TODAY <= t.endDate)
  if (!term) {
    term = await office.post('/round-planning/terms', { name: '中共聊城市第十四届委员会', divisionCode: CITY, startDate: daysFromToday(-700), endDate: daysFromToday(1000) })
  }
  const round = await office.post('/round-planning/rounds', { termId: term.id, type: 'REGULAR', name: `整改页面测试轮次${RUN}`,
    plannedStart: TODAY, plannedEnd: daysFromToday(39) })
  await office.post(`/round-planning/rounds/${round.id}/targets`, { unitIds: [unit.id, other.id] }, 201)
  const group = await office.post(`/round-planning/rounds/${round.id}/groups`, {
    name: `整改测试组（${RUN}）`, members: [{ personId: leader, role: 'LEADER' }], targetUnitIds: [unit.id, other.id],
  })
  await office.post(`/round-planning/rounds/${round.id}/approvals`, { body: 'LEADING_GROUP', approved: true }, 200)
  await secretary.post(`/round-planning/rounds/${round.id}/approvals`, { body: 'COMMITTEE', approved: true }, 200)
  await office.put(`/round-planning/rounds/${round.id}/groups/${group.id}/authorisation`, { number: `聊巡授〔2026〕${RUN}号`, date: TODAY, scope: '常规巡察' })
  for (const stage of ['ENTRY', 'FIELDWORK', 'REPORT', 'FEEDBACK']) await office.post(`/round-planning/rounds/${round.id}/stage`, { to: stage }, 200)

  const ledger = await office.post('/rectification/ledgers', { roundId: round.id, unitId: unit.id, principalLeader: '钱局长' })
  await office.post(`/rectification/ledgers/${ledger.id}/tasks`, { problem: PROBLEM, owner: '河湖科', deadline: daysFromToday(60) })
  const otherLedger = await office.post('/rectification/ledgers', { roundId: round.id, unitId: other.id })
  await office.post(`/rectification/ledgers/${otherLedger.id}/tasks`, { problem: OTHER_PROBLEM, deadline: daysFromToday(60) })
  await account(sysadmin, secadmin, USERS.contact, ['inspected-unit'], contactPerson)
})

test('the unit\'s contact sees its own ledger only, asks for closure and attaches evidence to the request', async () => {
  await signInAs(USERS.contact)
  await menuItem('rectification', 'ledgers').click()
  const ledgers = page.locator('[data-test="ledgers-table"]')
  await ledgers.getByText(UNIT).waitFor()
  assert.equal(await ledgers.getByText(OTHER_UNIT).count(), 0, 'another unit\'s ledger is not listed')
  await ledgers.locator('.el-table__body tr', { hasText: UNIT }).locator('[data-test="ledger-open"]').click()
  const tasks = page.locator('[data-test="ledger-tasks-table"]')
  await tasks.getByText(PROBLEM).waitFor()
  await tasks.locator('.el-table__body tr', { hasText: PROBLEM }).locator('[data-test="ledger-task-view"]').click()
  const detail = page.locator('[data-test="task-detail"]')
  await detail.locator('[data-test="task-problem"]', { hasText: PROBLEM }).waitFor()

  // closure needs evidence: the form says so before anything is sent
  await detail.locator('[data-test="task-closure-request"]').click()
  await page.locator('textarea[data-test="report-text"]').fill('已建立河湖长巡河台账')
  await page.locator('[data-test="report-save"]').click()
  await page.locator('.el-form-item__error', { hasText: '佐证材料' }).first().waitFor()
  await page.locator('input[data-test="report-evidence"]').fill('聊水发〔2026〕8号')
  await page.locator('[data-test="report-save"]').click()
  await detail.locator('[data-test="task-status"]', { hasText: '申请销号' }).waitFor()

  await detail.locator('[data-test="task-evidence-upload"] input[type="file"]').setInputFiles({
    name: `巡河台账${RUN}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 巡河台账'),
  })
  await detail.locator('[data-test="task-evidence-file"]', { hasText: `巡河台账${RUN}.pdf` }).waitFor()
  assert.equal(await detail.locator('[data-test="task-approve"]').count(), 0, 'the unit cannot decide')
  await shot('rectification-01-unit-closure-request')
  // both drawers closed, so that the user menu is reachable again
  await detail.locator('.el-drawer__close-btn').click()
  await detail.waitFor({ state: 'hidden' })
  await page.locator('[data-test="ledger-tasks"] .el-drawer__close-btn').click()
  await page.locator('[data-test="ledger-tasks"]').waitFor({ state: 'hidden' })
})

test('the office finds the request in its review queue with the evidence and approves the closure', async () => {
  await signInAs(USERS.office)
  await menuItem('rectification', 'reviews').click()
  const queue = page.locator('[data-test="reviews-table"]')
  const row = queue.locator('.el-table__body tr', { hasText: PROBLEM })
  await row.waitFor()
  await row.locator('[data-test="review-open"]').click()
  const detail = page.locator('[data-test="task-detail"]')
  await detail.locator('[data-test="task-evidence-file"]', { hasText: `巡河台账${RUN}.pdf` }).waitFor()
  await detail.locator('[data-test="task-approve"]').click()
  await page.locator('.el-message-box').getByText('销号：任务记为已销号，此后不再报送进展。').waitFor()
  await page.locator('.el-message-box').getByRole('button', { name: /确定|OK/ }).click()
  await detail.locator('[data-test="task-status"]', { hasText: '已销号' }).waitFor()
  await shot('rectification-02-office-approved')
  await detail.locator('.el-drawer__close-btn').click()
  await detail.waitFor({ state: 'hidden' })
  await queue.locator('.el-table__body tr', { hasText: PROBLEM }).waitFor({ state: 'detached' })
})

test('the office records a common problem and reads the closure rate per unit in a chart', async () => {
  await menuItem('rectification', 'assignments').click()
  await page.locator('[data-test="assignment-kinds"]').getByText('共性问题交办单').click()
  await page.locator('[data-test="assignment-new"]').click()
  await page.locator('input[data-test="assignment-title"]').fill(`公务用车管理不规范（${RUN}）`)
  await page.locator('input[data-test="assignment-by"]').fill('市委常委会')
  await page.locator('[data-test="assignment-save"]').click()
  await page.locator('[data-test="assignments-table"]').getByText(`公务用车管理不规范（${RUN}）`).waitFor()

  await menuItem('rectification', 'statistics').click()
  const row = page.locator('[data-test="statistics-table"] .el-table__body tr', { hasText: UNIT })
  await row.getByText('100%').waitFor()
  await page.locator('[data-test="statistics-chart-rate"] .x-chart svg').waitFor()
  await shot('rectification-03-statistics')
  await signOut()
})

test('no page error and no Content-Security-Policy violation on the way', () => {
  assert.deepEqual(browser.problems, [])
})
