// The interview-records module's pages in a real browser, against the distribution console.test.mjs
// has set up (run by WebConsoleIT after it; see console.test.mjs for the environment). The data that
// is not this module's job — a county, units, persons, a term, a round, two groups, accounts linked to
// their members — is made over REST with names of this run; what the module's pages are for is done
// in the browser by a member of the group: a plan that misses the mandatory topic (必谈内容) and its
// warning, the fix, a record written, a problem raised and the record signed off (then read-only), the
// top-leader dossier and its Word document; the pages going and coming back with the module; and a
// member of another group refused with the server's message.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import {
  BASE, MODULE_WAIT, PASSWORDS, browser, formItem, initialPassword, karaf, menuItem, shot, signIn, signOut, useBrowser, Rest,
} from './support.mjs'

const page = useBrowser()

const RUN = Date.now().toString(36).slice(-6).toUpperCase()
const CITY = '371500'
const COUNTY = '371521'
const USER_PASSWORD = 'Ivr-Passw0rd!'
const SAID_ABOUT_TOP = `一把手经常深入基层调研，但对班子成员分管领域过问较少（${RUN}）`
const ids = {}

/** An account with a role, linked to a person, with its own password (so no forced change in the browser). */
async function account(sys, sec, username, role, personId, divisionCode = COUNTY) {
  const created = await sys.post('/platform/security/users', { username, displayName: username, divisionCode, personId })
  await sec.put(`/platform/security/users/${created.user.id}/roles`, { roles: [role] })
  if (!divisionCode) await sec.grantAllDivisions(role)
  const initial = await sec.release(created.user.id)
  const c = new Rest()
  await c.expect(200, 'POST', '/auth/login', { username, password: initial })
  await c.expect(204, 'POST', '/auth/password', { oldPassword: initial, newPassword: USER_PASSWORD })
  return c
}

const option = (text) => page.locator('.el-select-dropdown__item:visible', { hasText: text }).first()
const form = () => page.locator('[data-test="ivr-interview-form"]')

const dropdownsGone = () => page.waitForFunction(() => ![...document.querySelectorAll('.el-select-dropdown')].some((e) => e.checkVisibility()))

/** Picks an option of an Element Plus select, and waits until its dropdown has gone. */
async function choose(selectTest, text) {
  await page.locator(`[data-test="${selectTest}"]`).click()
  await option(text).click()
  await dropdownsGone()
}

/** Adds options to a multiple select. */
async function chooseMany(selectTest, ...texts) {
  await page.locator(`[data-test="${selectTest}"]`).click()
  for (const text of texts) await option(text).click()
  await page.keyboard.press('Escape')
  await dropdownsGone()
}

/** Fills the rest of an interview form: two interviewers, the recorder, time and place. */
async function interviewers(time) {
  await chooseMany('ivr-interviewers', '赵组长', '钱组员')
  await choose('ivr-recorder', '钱组员')
  const input = formItem(form(), '谈话时间').locator('input').first()
  await input.click()
  await input.fill(time)
  await input.press('Enter')
  await formItem(form(), '谈话地点').locator('input').first().fill('巡察组谈话室')
}

test('set-up over REST: a county, units and persons, a term, a round, two groups, their members\' accounts', async () => {
  const sys = await Rest.signIn('sysadmin', PASSWORDS.sysadmin, () => initialPassword('sysadmin'))
  const sec = await Rest.signIn('secadmin', PASSWORDS.secadmin, () => initialPassword('secadmin'))
  // an account's division must exist before the account: the county first, by an account of no division
  const setup = await account(sys, sec, `ivr${RUN.toLowerCase()}-setup`, 'office-staff', null, null)
  const divisions = await setup.get('/platform/reference/divisions')
  if (!divisions.some((d) => d.code === CITY)) await setup.put(`/platform/reference/divisions/${CITY}`, { nameZh: '聊城市', level: 'CITY' }, 201)
  if (!divisions.some((d) => d.code === COUNTY)) await setup.put(`/platform/reference/divisions/${COUNTY}`, { nameZh: '阳谷县', level: 'COUNTY', parentCode: CITY }, 201)
  // the office account of this file works in its own county, so its term and round collide with nobody's
  const boot = await account(sys, sec, `ivr${RUN.toLowerCase()}-office`, 'office-staff', null)
  const office = boot
  const unit = async (code, name) => (await office.post('/platform/reference/units', { code: `${code}-${RUN}`, name, divisionCode: COUNTY, active: true })).id
  const person = async (name, unitId, post, leadership) => (await office.post('/platform/reference/persons', { name, unitId, post, leadership, active: true })).id
  ids.unit = await unit('IVRP-EDU', `阳谷县教育和体育局党组（${RUN}）`)
  ids.other = await unit('IVRP-HEALTH', `阳谷县卫生健康局党组（${RUN}）`)
  const inspectors = await unit('IVRP-XCB', `中共阳谷县委巡察工作领导小组办公室（${RUN}）`)
  ids.top = await person('张明', ids.unit, '党组书记、局长', 'TOP_LEADER')
  ids.deputy = await person('李华', ids.unit, '党组成员、副局长', 'LEADING_GROUP')
  await person('陈静', ids.unit, '财务股股长', 'MIDDLE_MANAGER')
  const leader = await person('赵组长', inspectors, '巡察组组长', 'MIDDLE_MANAGER')
  const member = await person('钱组员', inspectors, '巡察组组员', 'STAFF')
  const member2 = await person('孙组员', inspectors, '巡察组组员', 'STAFF')
  const otherMember = await person('周组员', inspectors, '巡察组组员', 'STAFF')

  // the county's term (this file may run again on the same distribution), a new round in it, one group per unit
  const today = new Date()
  const day = (offset) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10)
  const terms = (await office.get(`/round-planning/terms?divisionCode=${COUNTY}&size=100`)).items
  const term = terms[0]?.id ?? (await office.post('/round-planning/terms', { name: '中共阳谷县第十五届委员会', divisionCode: COUNTY, startDate: day(-700), endDate: day(1000) })).id
  const existing = await office.get(`/round-planning/terms/${term}/rounds`)
  const number = Math.max(0, ...(Array.isArray(existing) ? existing : existing.items).map((r) => r.number)) + 1
  ids.round = (await office.post('/round-planning/rounds', { termId: term, number, name: `十五届县委第${number}轮巡察（${RUN}）`, type: 'REGULAR', plannedStart: day(-20), plannedEnd: day(20) })).id
  await office.post(`/round-planning/rounds/${ids.round}/targets`, { unitIds: [ids.unit, ids.other] }, 201)
  const group = (name, members, unitId) => office.post(`/round-planning/rounds/${ids.round}/groups`, { name, members, targetUnitIds: [unitId] })
  ids.group = (await group('第一巡察组', [{ personId: leader, role: 'LEADER' }, { personId: member, role: 'MEMBER' }, { personId: member2, role: 'MEMBER' }], ids.unit)).id
  await group('第二巡察组', [{ personId: otherMember, role: 'LEADER' }], ids.other)

  ids.member = `ivr${RUN.toLowerCase()}-member`
  ids.otherGroup = `ivr${RUN.toLowerCase()}-other`
  await account(sys, sec, ids.member, 'group-member', member)
  await account(sys, sec, ids.otherGroup, 'group-leader', otherMember)
})

test('a group member plans the unit\'s interviews; an outline without the mandatory topic is flagged prominently', async () => {
  await signIn(ids.member, USER_PASSWORD)
  await page.locator('[data-test="dashboard"]').waitFor()
  await menuItem('interview-records', 'plans').click()
  await page.locator('[data-test="ivr-plans-page"]').waitFor()
  await page.locator('[data-test="ivr-unit"]').getByText(`阳谷县教育和体育局党组（${RUN}）`).waitFor()
  // nothing planned yet: both leaders are missing
  const warning = page.locator('[data-test="ivr-topic-missing"]')
  await warning.getByText('必谈内容未落实').waitFor()
  assert.match(await warning.textContent(), /张明.*未安排个别谈话/s)

  await page.locator('[data-test="ivr-plan-add"]').click()
  await page.locator('[data-test="ivr-plan-title"] input, input[data-test="ivr-plan-title"]').first().fill('个别谈话安排（第一批）')
  await page.locator('[data-test="ivr-plan-save"]').click()
  await page.locator('[data-test="ivr-plan-page"]').waitFor()

  // the top leader, from the warning; the mandatory topic taken out of the outline
  await page.locator(`[data-test="ivr-plan-missing-${ids.top}"]`).click()
  await form().waitFor()
  assert.equal(await page.locator('[data-test="ivr-category-TOP_LEADER"] input').isChecked(), true)
  await page.locator('[data-test="ivr-topic-leaders-work-life"]').click()
  await page.locator('[data-test="ivr-dialog-topic-warning"]').waitFor()
  // checked as typed: one interviewer is not enough
  await chooseMany('ivr-interviewers', '赵组长')
  await form().getByText('谈话人应为两名以上巡察组成员').waitFor()
  await chooseMany('ivr-interviewers', '钱组员')
  await choose('ivr-recorder', '钱组员')
  const time = formItem(form(), '谈话时间').locator('input').first()
  await time.click()
  await time.fill(`${new Date().toISOString().slice(0, 10)} 09:00`)
  await time.press('Enter')
  await formItem(form(), '谈话地点').locator('input').first().fill('巡察组谈话室')
  await shot('interview-records-01-outline-without-mandatory-topic')
  await page.locator('[data-test="ivr-interview-save"]').click()
  await form().waitFor({ state: 'hidden' })

  const missing = page.locator('[data-test="ivr-topic-missing"]')
  await missing.locator(`[data-test="ivr-missing-${ids.top}"]`).getByText('谈话提纲未列入必谈内容').waitFor()
  await missing.locator(`[data-test="ivr-missing-${ids.deputy}"]`).getByText('未安排个别谈话').waitFor()
  await page.locator('[data-test="ivr-interviews-table"]').getByText('未列入').waitFor()
  await shot('interview-records-02-mandatory-topic-warning')
})

test('fixing the outline and planning the deputy clears the warning', async () => {
  await page.locator(`[data-test="ivr-plan-missing-${ids.top}"]`).click()
  await form().waitFor()
  await page.locator('[data-test="ivr-topic-leaders-work-life"]').click()
  await page.locator('[data-test="ivr-dialog-topic-warning"]').waitFor({ state: 'hidden' })
  await page.locator('[data-test="ivr-interview-save"]').click()
  await form().waitFor({ state: 'hidden' })
  await page.locator(`[data-test="ivr-missing-${ids.top}"]`).waitFor({ state: 'detached' })

  await page.locator(`[data-test="ivr-plan-missing-${ids.deputy}"]`).click()
  await form().waitFor()
  await interviewers(`${new Date().toISOString().slice(0, 10)} 10:30`)
  await page.locator('[data-test="ivr-interview-save"]').click()
  await form().waitFor({ state: 'hidden' })
  await page.locator('[data-test="ivr-topic-ok"]').waitFor()
  assert.equal(await page.locator('[data-test="ivr-topic-missing"]').count(), 0)
  await shot('interview-records-03-mandatory-topic-covered')
})

test('the record of the top leader\'s interview is written, a problem raised, signed off, then read-only', async () => {
  const row = page.locator('[data-test="ivr-interviews-table"] tr', { hasText: '张明' })
  await row.locator('[data-test^="ivr-record-write-"]').click()
  await page.locator('[data-test="ivr-record-form"]').waitFor()
  // a leadership interview with nothing on the mandatory topic yet
  await page.locator('[data-test="ivr-record-misses-topic"]').waitFor()
  await page.locator('[data-test="ivr-record-form"] textarea').first().fill('本人介绍了党组落实全面从严治党主体责任的情况。')
  await page.locator('[data-test="ivr-note-add"]').click()
  await page.locator('[data-test="ivr-note-text-0"] textarea, textarea[data-test="ivr-note-text-0"]').first().fill(SAID_ABOUT_TOP)
  await page.locator('[data-test="ivr-record-misses-topic"]').waitFor({ state: 'hidden' })
  await page.locator('[data-test="ivr-record-save"]').click()
  await page.waitForURL(/\/interviews\/records\/\d+/)
  ids.record = Number(/\/records\/(\d+)/.exec(page.url())[1])
  await page.locator('[data-test="ivr-record-status"]').getByText('草稿').waitFor()

  // a problem raised from the record: handed over, or kept until lead transfer runs
  await page.locator('[data-test="ivr-raise"]').click()
  await page.locator('[data-test="ivr-raise-description"] textarea, textarea[data-test="ivr-raise-description"]').first().fill('班子成员分工调整未经集体研究')
  await page.locator('[data-test="ivr-raise-save"]').click()
  await page.locator('[data-test="ivr-raised-table"]').getByText('班子成员分工调整未经集体研究').waitFor()
  assert.match(await page.locator('[data-test="ivr-raised-table"]').textContent(), /已移交|待移交/)

  // sign-off needs every signature: refused first with the server's reason, then done
  await page.locator('[data-test="ivr-sign-off"]').click()
  await page.locator('.el-message-box').getByRole('button', { name: /确定|OK/ }).click()
  await page.locator('.el-message--error').getByText('尚不能签字确认').waitFor()
  for (const who of await page.locator('[data-test^="ivr-sign-"] label', { hasText: '已签字' }).all()) await who.click()
  await page.locator('[data-test="ivr-signatures-save"]').click()
  await page.locator('.el-message--success').first().waitFor()
  await page.locator('[data-test="ivr-sign-off"]').click()
  await page.locator('.el-message-box').getByRole('button', { name: /确定|OK/ }).click()
  await page.locator('[data-test="ivr-record-status"]').getByText('已签字确认').waitFor()
  await page.locator('[data-test="ivr-record-readonly"]').waitFor()
  assert.equal(await page.locator('[data-test="ivr-record-save"]').count(), 0, 'no saving a signed record')
  assert.equal(await page.locator('[data-test="ivr-record-form"] textarea').first().isDisabled(), true)
  await shot('interview-records-04-record-signed-off')
})

test('the top-leader dossier shows what was said about the top leader and downloads as a Word document', async () => {
  await menuItem('interview-records', 'dossiers').click()
  await page.locator('[data-test="ivr-dossier-page"]').waitFor()
  await choose('ivr-unit', `阳谷县教育和体育局党组（${RUN}）`)
  const dossier = page.locator('[data-test="ivr-dossier"]')
  await dossier.getByText('张明（党组书记、局长）').first().waitFor()
  await dossier.locator('[data-test="ivr-dossier-about-top"]').getByText(SAID_ABOUT_TOP, { exact: false }).waitFor()
  await shot('interview-records-05-dossier')
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="ivr-dossier-export"]').click()])
  assert.match(download.suggestedFilename(), /^专门材料-阳谷县教育和体育局党组.*\.docx$/)
  const file = await download.path()
  assert.equal(fs.readFileSync(file).subarray(0, 2).toString('latin1'), 'PK', 'a Word document is a zip package')
})

test('a letter is registered (required fields checked first), its handling recorded, and the page reads in English too', async () => {
  const content = `反映该局食堂经费使用不规范（${RUN}）`
  await menuItem('interview-records', 'letters').click()
  await page.locator('[data-test="ivr-letters-page"]').waitFor()
  await choose('ivr-unit', `阳谷县教育和体育局党组（${RUN}）`)
  const table = page.locator('[data-test="ivr-letters-table"]')
  await table.getByText('该单位还没有信访件').waitFor()

  await page.locator('[data-test="ivr-letter-add"]').click()
  const letterForm = page.locator('[data-test="ivr-letter-form"]')
  await letterForm.waitFor()
  const save = page.locator('.el-dialog').filter({ has: letterForm }).getByRole('button', { name: '保存' })
  await save.click()
  await letterForm.getByText('请填写收到日期').waitFor()
  await letterForm.getByText('请填写反映内容').waitFor()
  assert.equal(await table.locator('tbody tr').count(), 0, 'nothing registered while the form is wrong')

  await letterForm.locator('label', { hasText: '来访' }).click()
  const day = formItem(letterForm, '收到日期').locator('input').first()
  await day.click()
  await day.fill('2026-11-20')
  await day.press('Enter')
  await formItem(letterForm, '反映内容').locator('textarea').fill(content)
  await letterForm.locator('label', { hasText: '一把手' }).click()
  await save.click()

  // the letter opens once registered: anonymous, as the reporter was left empty
  const drawer = page.locator('.el-drawer').filter({ hasText: content })
  await drawer.getByText(/信访件 #\d+/).waitFor()
  await drawer.locator('.el-descriptions').getByText('匿名').waitFor()
  await drawer.locator('.el-descriptions').getByText('来访').waitFor()
  await formItem(drawer, '处理方式').locator('.el-select').click()
  await option('转被巡察单位办理').click()
  await dropdownsGone()
  await formItem(drawer, '处理情况').locator('textarea').fill('已转该局党组核实整改')
  await drawer.getByRole('button', { name: '保存', exact: true }).click()
  const row = table.locator('tbody tr').filter({ hasText: '转被巡察单位办理' })
  await row.getByText('来访').waitFor()
  await row.getByText('一把手').waitFor()
  await row.getByText('匿名').waitFor()
  await shot('interview-records-05b-letter')
  await drawer.locator('.el-drawer__close-btn').click()

  await page.locator('[data-test="language"]').click()
  await table.getByText('Passed to the unit').waitFor()
  await table.getByText('Visit', { exact: true }).waitFor()
  await page.locator('[data-test="ivr-letter-add"]').getByText('Register a letter or visit').waitFor()
  await shot('interview-records-05c-letters-english')
  await page.locator('[data-test="language"]').click()
  await table.getByText('转被巡察单位办理').waitFor()
})

// Round planning not installed, made up with Playwright's page.route: the distribution cannot run
// without it while interview records, which needs it, is installed. The answer is ApiDispatcher's.
test('with round planning not installed the pages say so in place instead of an error', async () => {
  const isRoundList = (url) => new URL(url).pathname === '/api/round-planning/rounds'
  await page.route(isRoundList, (route) => route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify({
    code: 'module_not_installed', message: '模块 round-planning 未安装，请联系系统管理员',
    messageEn: 'Module round-planning is not installed; ask the system administrator' }) }))
  try {
    await menuItem('interview-records', 'records').click()
    const notice = page.locator('[data-test="ivr-records-page"] [data-test="module-notice"]')
    await notice.getByText('“巡察规划与轮次”模块未安装，本页的巡察轮次和巡察组无法显示').waitFor()
    await notice.getByText('请联系系统管理员').waitFor()
    assert.equal(await page.locator('[data-test="ivr-problem"]').count(), 0, 'not a refusal of the page')
    assert.equal(await page.locator('.el-message--error').count(), 0, 'not an error message')
    await shot('interview-records-05d-round-planning-not-installed')
  } finally {
    await page.unroute(isRoundList)
  }
  // back: the notice goes with the next read
  await page.locator('[data-test="module-notice-retry"]').click()
  await page.locator('[data-test="module-notice"]').waitFor({ state: 'detached' })
  await page.locator('[data-test="ivr-round"]').getByText(`（${RUN}）`).waitFor()
})

test('uninstalling the module takes its pages from the open console; installing it again brings them back with the data', async () => {
  await menuItem('interview-records', 'plans').click()
  await page.locator('[data-test="ivr-plans-page"]').waitFor()
  await page.evaluate(() => { window.xunchaNotReloaded = true })
  assert.match(karaf('xuncha:module-uninstall interview-records'), /已卸载模块 interview-records/)
  try {
    await menuItem('interview-records', 'plans').waitFor({ state: 'detached', timeout: MODULE_WAIT })
    await page.locator('[data-test="module-missing"]').getByText('该页面所属的模块已卸载').waitFor()
    const script = await page.evaluate(() => fetch('/ui/modules/interview-records/index.js', { cache: 'no-store' }).then((r) => r.status))
    assert.equal(script, 404, 'the pages went with the module')
    await shot('interview-records-06-module-removed')
  } finally {
    // whatever happened, the module comes back for the test files after this one
    assert.match(karaf('xuncha:module-install interview-records'), /已安装模块 interview-records/)
  }
  await menuItem('interview-records', 'plans').waitFor({ timeout: MODULE_WAIT })
  await menuItem('interview-records', 'plans').click()
  await page.locator('[data-test="ivr-topic-ok"]').waitFor()
  await page.locator('[data-test="ivr-plans-table"]').getByText('个别谈话安排（第一批）').waitFor()
  assert.equal(await page.evaluate(() => window.xunchaNotReloaded), true, 'the console changed without a reload')
  await signOut()
})

test('a member of another group opening the plan is refused with the server\'s message', async () => {
  await signIn(ids.otherGroup, USER_PASSWORD)
  await page.locator('[data-test="dashboard"]').waitFor()
  const plans = await page.evaluate(() => fetch('/api/interview-records/plans?size=1').then((r) => r.json()))
  assert.equal(plans.total, 0, 'another group sees none of the first group\'s plans')
  await page.goto(`${BASE}/interviews/records/${ids.record}`)
  const problem = page.locator('[data-test="ivr-problem"]')
  await problem.getByText('无权访问').waitFor()
  await problem.getByText('该数据不在您的数据范围内').waitFor()
  await shot('interview-records-07-other-group-refused')
  await signOut()
})

test('no page error and no Content-Security-Policy violation on the way', () => {
  assert.deepEqual(browser.problems, [])
})
