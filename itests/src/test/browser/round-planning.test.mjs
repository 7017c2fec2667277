// Round planning in the browser: an office user creates a term and sees its coverage, plans a round
// with targets chosen by system and by unit, composes its group (the server's refusal of a person
// in two groups away at the same time shown in the form), the leading group and the committee
// approve the plan, the round enters, and the term's coverage % and gap list change.
// Runs after console.test.mjs against the same distribution (WebConsoleIT) but depends on nothing
// it made: its own division 371526, units RP-GT-*, persons and accounts rp-*, over REST for set-up.
import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import {
  BASE, PASSWORDS, browser, useBrowser, shot, menuItem, dialog, formItem, initialPassword, signIn, signOut, Rest,
} from './support.mjs'

const page = useBrowser()

const PASSWORD = 'Rp-Passw0rd-2026!'
const DIVISION = '371526'
const day = (offset) => {
  const d = new Date(Date.now() + offset * 86_400_000)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

const ids = { units: {}, persons: {} }
let office

/** An account with these roles and PASSWORD, created by the administrators unless it exists. */
async function account(sysadmin, secadmin, username, displayName, role, divisionCode = null) {
  const existing = await sysadmin.expect(200, 'GET', `/platform/security/users?text=${username}`)
  if (existing.items.some((u) => u.username === username)) return
  const created = await sysadmin.expect(201, 'POST', '/platform/security/users', { username, displayName, divisionCode, personId: null })
  await secadmin.expect(200, 'PUT', `/platform/security/users/${created.user.id}/roles`, { roles: [role] })
  // the office keeps the reference data before its divisions exist: the explicit all-divisions grant
  if (!divisionCode) await secadmin.grantAllDivisions(role)
  const initial = await secadmin.release(created.user.id)
  await Rest.signIn(username, PASSWORD, () => initial)
}

before(async () => {
  const sysadmin = await Rest.signIn('sysadmin', PASSWORDS.sysadmin, () => initialPassword('sysadmin'))
  const secadmin = await Rest.signIn('secadmin', PASSWORDS.secadmin, () => initialPassword('secadmin'))
  await account(sysadmin, secadmin, 'rp-office', '刘晓燕', 'office-staff')
  office = await Rest.signIn('rp-office', PASSWORD)
  const divisions = await office.expect(200, 'GET', '/platform/reference/divisions')
  if (!divisions.some((d) => d.code === '371500')) {
    await office.expect(201, 'PUT', '/platform/reference/divisions/371500', { nameZh: '聊城市', nameEn: 'Liaocheng', level: 'CITY', parentCode: null })
  }
  if (!divisions.some((d) => d.code === DIVISION)) {
    await office.expect(201, 'PUT', `/platform/reference/divisions/${DIVISION}`, { nameZh: '高唐县', nameEn: 'Gaotang', level: 'COUNTY', parentCode: '371500' })
  }
  // the leading group and the committee: the city's, which sees the county
  await account(sysadmin, secadmin, 'rp-leader', '陈志刚', 'office-leader', '371500')
  await account(sysadmin, secadmin, 'rp-committee', '杨书记', 'committee-leader', '371500')
  const units = [
    ['RP-GT-JTJ', '高唐县教育和体育局党组', '党政机关', '县直部门', '教育系统'],
    ['RP-GT-YZ', '高唐县第一中学党委', '事业单位', '县直部门', '教育系统'],
    ['RP-GT-NYJ', '高唐县农业农村局党组', '党政机关', '县直部门', '农业农村系统'],
    ['RP-GT-SCJ', '高唐县市场监督管理局党组', '党政机关', '县直部门', '市场监管系统'],
  ]
  for (const [code, name, field, sector, system] of units) {
    const found = await office.expect(200, 'GET', `/platform/reference/units?text=${code}`)
    const unit = found.items.find((u) => u.code === code)
      ?? await office.expect(201, 'POST', '/platform/reference/units', { code, name, divisionCode: DIVISION, field, sector, system, active: true })
    ids.units[code] = unit.id
  }
  // the cadres the groups are made of; their unit is inactive, so it stays out of the term's universe
  const home = (await office.expect(200, 'GET', '/platform/reference/units?text=RP-GT-XCB')).items[0]
    ?? await office.expect(201, 'POST', '/platform/reference/units', { code: 'RP-GT-XCB', name: '高唐县委巡察办（干部库）', divisionCode: DIVISION, active: false })
  for (const [name, post] of [['张建国', '县委巡察组组长'], ['李红梅', '县委巡察组副组长'], ['赵立新', '县委巡察办干部'], ['孙志强', '县委巡察办干部'],
    ['周文斌', '县纪委监委派驻纪检监察组组长']]) {
    const found = (await office.expect(200, 'GET', `/platform/reference/persons?text=${encodeURIComponent(name)}&unitId=${home.id}`)).items[0]
    ids.persons[name] = (found ?? await office.expect(201, 'POST', '/platform/reference/persons',
      { name, unitId: home.id, post, leadership: 'STAFF', active: true })).id
  }
})

/** Picks an option of the select inside root (typing to search remote ones). */
async function choose(root, option, typed, nth = 0) {
  await root.locator('.el-select').nth(nth).click()
  if (typed) await page.keyboard.type(typed)
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()
}

async function fillDate(root, value) {
  const input = root.locator('input').first()
  await input.fill(value)
  await input.press('Enter')
}

let termId
let roundId

test('the office user creates a term, checked as typed, and sees its coverage: nothing inspected yet, every unit in the gap list', async () => {
  await signIn('rp-office', PASSWORD)
  await page.locator('[data-test="dashboard"]').waitFor()
  await menuItem('round-planning', 'terms').click()
  await page.locator('[data-test="terms-page"]').waitFor()
  await page.locator('[data-test="term-add"]').click()
  const form = dialog('term-save')
  await page.locator('[data-test="term-save"]').click()
  await form.getByText('请填写届名称').waitFor()
  await form.locator('input[name="name"]').fill('中共高唐县第十五届委员会')
  await choose(formItem(form, '所属区划'), '高唐县')
  await fillDate(formItem(form, '开始日期'), day(-400))
  await fillDate(formItem(form, '结束日期'), day(-800))
  await form.getByText('结束日期不能早于开始日期').waitFor()
  await fillDate(formItem(form, '结束日期'), day(1400))
  await page.locator('[data-test="term-save"]').click()
  await page.locator('[data-test="terms-table"]').getByText('中共高唐县第十五届委员会').waitFor()
  const coverage = page.locator('[data-test="coverage"]')
  await coverage.getByText('中共高唐县第十五届委员会 · 全覆盖情况').waitFor()
  await page.locator('[data-test="coverage-percent"]').getByText('0.0%').waitFor()
  for (const code of ['RP-GT-JTJ', 'RP-GT-YZ', 'RP-GT-NYJ', 'RP-GT-SCJ']) await page.locator('[data-test="coverage-gaps"]').getByText(code).waitFor()
  assert.equal(await page.locator('[data-test="coverage-gaps"] .el-table__body tr').count(), 4)
  await page.locator('[data-test="rounds-needed"]').getByText('尚无已进驻轮次').waitFor()
  const terms = await office.expect(200, 'GET', `/round-planning/terms?divisionCode=${DIVISION}`)
  termId = terms.items.find((x) => x.name === '中共高唐县第十五届委员会').id
  await shot('round-planning-01-term-coverage')
})

test('a round is planned in the browser with the whole education system and one more unit as targets', async () => {
  await menuItem('round-planning', 'rounds').click()
  await page.locator('[data-test="rounds-page"]').waitFor()
  await page.locator('[data-test="round-add"]').click()
  const form = dialog('round-save')
  await choose(formItem(form, '所属届'), '中共高唐县第十五届委员会')
  await choose(formItem(form, '巡察类型'), '常规巡察')
  await fillDate(formItem(form, '计划进驻日期'), day(-3))
  await fillDate(formItem(form, '计划结束日期'), day(-10))
  await form.getByText('计划结束日期不能早于计划进驻日期').waitFor()
  await fillDate(formItem(form, '计划结束日期'), day(37))
  await choose(formItem(form, '整个系统'), '教育系统')
  await choose(formItem(form, '逐个选择单位'), '高唐县农业农村局党组', 'RP-GT-NYJ')
  // a multiple, filterable picker stays open after a choice (Escape only clears its filter): click
  // the dialog's title as a user would, and save once no dropdown is left open
  await form.locator('.el-dialog__title').click()
  await page.waitForFunction(() => ![...document.querySelectorAll('.el-select-dropdown')].some((e) => e.checkVisibility()))
  await page.locator('[data-test="round-save"]').click()
  await page.locator('[data-test="round-page"]').waitFor()
  roundId = Number(page.url().match(/\/rounds\/(\d+)/)[1])
  const targets = page.locator('[data-test="targets-table"]')
  for (const code of ['RP-GT-JTJ', 'RP-GT-YZ', 'RP-GT-NYJ']) await targets.getByText(code).waitFor()
  assert.equal(await targets.locator('.el-table__body tr').count(), 3)
  await page.locator('[data-test="stage-current"]').getByText('准备').waitFor()
  await page.locator('[data-test="plan-status"]').getByText('草拟').waitFor()
  await shot('round-planning-02-round-planned')
})

test('the group is composed from persons, takes the three targets and gets its authorisation', async () => {
  await page.getByRole('tab', { name: /巡察组/ }).click()
  await page.locator('[data-test="group-add"]').click()
  const form = dialog('group-save')
  await form.locator('input[name="groupName"]').fill('第一巡察组')
  await choose(form.locator('[data-test="member-0"]'), '张建国', '张建国', 1)
  const members = [['副组长', '李红梅'], ['联络员', '赵立新'], ['组员', '孙志强'], ['不驻组副组长', '周文斌']]
  for (const [i, [role, name]] of members.entries()) {
    await page.locator('[data-test="member-add"]').click()
    const row = form.locator(`[data-test="member-${i + 1}"]`)
    await choose(row, new RegExp(`^${role}$`))
    await choose(row, name, name, 1)
  }
  for (const unit of ['高唐县教育和体育局党组', '高唐县第一中学党委', '高唐县农业农村局党组']) await form.getByText(unit).click()
  await page.locator('[data-test="group-save"]').click()
  const card = page.locator('[data-test="group-第一巡察组"]')
  for (const name of ['张建国', '李红梅', '赵立新', '孙志强', '周文斌', '不驻组副组长']) await card.getByText(name).first().waitFor()
  await card.getByText('未授权').waitFor()
  await page.locator('[data-test="group-authorise-第一巡察组"]').click()
  const auth = dialog('auth-save')
  await auth.locator('input[name="authNumber"]').fill('高巡授〔2026〕1号')
  await page.locator('[data-test="auth-save"]').click()
  await card.getByText('高巡授〔2026〕1号').waitFor()
  await shot('round-planning-03-group')
})

/** Moves the open round on: the confirmation names the round and both stages, and is accepted. */
async function advanceStage(to) {
  await page.locator('[data-test="stage-advance"]').click()
  const box = page.locator('.el-message-box')
  await box.getByText(`阶段推进到“${to}”阶段`).waitFor()
  await box.getByRole('button', { name: /确定|OK/ }).click()
  await box.waitFor({ state: 'hidden' })
}

test('entering before the plan is approved is refused, and the server says why on the page', async () => {
  // cancelling the confirmation changes nothing
  await page.locator('[data-test="stage-advance"]').click()
  await page.locator('.el-message-box').getByText('从“准备”阶段推进到“进驻”阶段').waitFor()
  await page.locator('.el-message-box').getByRole('button', { name: /取消|Cancel/ }).click()
  await page.locator('[data-test="stage-current"]').getByText('准备').waitFor()
  await advanceStage('进驻')
  await page.locator('[data-test="stage-error"]').getByText('本轮还不能进驻：方案尚未经书记专题会（常委会）批准').waitFor()
  await page.locator('[data-test="stage-current"]').getByText('准备').waitFor()
  // planned to enter three days ago: the preparation limit is overdue, here and in the list
  await page.locator('[data-test="deadlines-table"]').getByText('超期3天').waitFor()
  await shot('round-planning-04-entry-refused')
  await menuItem('round-planning', 'rounds').click()
  await page.locator(`[data-test="round-overdue-${roundId}"]`).getByText('超期3天').waitFor()
})

test('the to-do opens the overdue list filtered to stage limits, which exports under its Chinese name', async () => {
  await page.locator('.el-menu-item', { hasText: '首页' }).click()
  await page.locator('[data-test="todo-round-planning.stages-overdue"]').click()
  await page.waitForURL(/\/rounds\/overdue\?kind=STAGE/)
  const table = page.locator('[data-test="overdue-table"]')
  await table.getByText('超期3天').first().waitFor()
  const total = (await office.expect(200, 'GET', '/round-planning/rounds/overdue/page?kind=STAGE&size=1')).total
  // the first page of ten, and the count of all of them under it
  assert.equal(await table.locator('tbody tr').count(), Math.min(total, 10))
  await page.locator('.el-pagination__total').getByText(`共 ${total} 条`).waitFor()
  const download = page.waitForEvent('download')
  await page.locator('[data-test="overdue-export"]').click()
  const name = (await download).suggestedFilename()
  assert.match(name, /^超期事项（\d{4}-\d{2}-\d{2}）\.xlsx$/)
  await shot('round-planning-04b-overdue-list')
  // in English the page reads in English and the file keeps the server's Chinese name
  await page.locator('[data-test="language"]').click()
  await page.locator('.el-pagination__total').getByText(`Total ${total}`).waitFor()
  const english = page.waitForEvent('download')
  await page.locator('[data-test="overdue-export"]').click()
  assert.equal((await english).suggestedFilename(), name)
  await page.locator('[data-test="language"]').click()
})

test('a person cannot sit in two groups whose field periods overlap: the refusal shows in the form', async () => {
  const second = await office.expect(201, 'POST', '/round-planning/rounds', { termId, type: 'SPECIAL', plannedStart: day(10), plannedEnd: day(40) })
  await office.expect(201, 'POST', `/round-planning/rounds/${second.id}/targets`, { unitIds: [ids.units['RP-GT-SCJ']] })
  await page.goto(`${BASE}/rounds/${second.id}`)
  await page.locator('[data-test="round-page"]').waitFor()
  await page.getByRole('tab', { name: /巡察组/ }).click()
  await page.locator('[data-test="group-add"]').click()
  const form = dialog('group-save')
  await form.locator('input[name="groupName"]').fill('第二巡察组')
  await choose(form.locator('[data-test="member-0"]'), '张建国', '张建国', 1)
  await page.locator('[data-test="group-save"]').click()
  await form.locator('[data-test="group-error"]').getByText(/干部张建国已是.*第一巡察组.*重叠，不能同时参加/).waitFor()
  await shot('round-planning-05-overlap-refused')
  await page.keyboard.press('Escape')
  await signOut()
})

async function openRound(user) {
  await signIn(user, PASSWORD)
  await page.locator('[data-test="dashboard"]').waitFor()
  await menuItem('round-planning', 'rounds').click()
  await page.locator(`[data-test="round-link-${roundId}"]`).click()
  await page.locator('[data-test="round-page"]').waitFor()
  await page.getByRole('tab', { name: '方案审批' }).click()
}

test('the committee cannot approve before the leading group: the server\'s refusal shows in place', async () => {
  await openRound('rp-committee')
  await page.locator('textarea[data-test="approval-opinion"]').fill('同意')
  await page.locator('[data-test="approval-submit"]').click()
  await page.locator('.el-message-box').getByRole('button', { name: /确定|OK/ }).click()
  await page.locator('[data-test="approval-error"]').getByText('方案须先经巡察工作领导小组审议，再报书记专题会（常委会）审定').waitFor()
  await signOut()
})

test('the leading group, then the committee approve the plan, each with an opinion', async () => {
  await openRound('rp-leader')
  await page.locator('textarea[data-test="approval-opinion"]').fill('同意，报书记专题会审定')
  // the decision is confirmed first, naming the body, the decision and what follows; cancelled, nothing is recorded
  const box = page.locator('.el-message-box')
  await page.locator('[data-test="approval-submit"]').click()
  await box.getByText('登记巡察工作领导小组的审批决定：同意。方案随后报书记专题会（常委会）审定。').waitFor()
  await box.getByRole('button', { name: /取消|Cancel/ }).click()
  await box.waitFor({ state: 'hidden' })
  await page.locator('[data-test="plan-status"]').getByText('草拟').waitFor()
  assert.equal(await page.locator('[data-test="approvals-table"]').getByText('同意，报书记专题会审定').count(), 0, 'cancelled: no decision recorded')
  await page.locator('[data-test="approval-submit"]').click()
  await box.getByRole('button', { name: /确定|OK/ }).click()
  await page.locator('[data-test="plan-status"]').getByText('领导小组已审议').waitFor()
  await page.locator('[data-test="approvals-table"]').getByText('同意，报书记专题会审定').waitFor()
  await signOut()
  await openRound('rp-committee')
  await page.locator('textarea[data-test="approval-opinion"]').fill('同意该巡察方案')
  await page.locator('[data-test="approval-submit"]').click()
  await box.getByText('方案即获批准，此后只能通过登记方案调整修改。', { exact: false }).waitFor()
  await box.getByRole('button', { name: /确定|OK/ }).click()
  await page.locator('[data-test="plan-status"]').getByText('已批准').waitFor()
  const approvals = page.locator('[data-test="approvals-table"]')
  await approvals.getByText('巡察工作领导小组').waitFor()
  await approvals.getByText('书记专题会（常委会）').waitFor()
  await shot('round-planning-06-approved')
  await signOut()
})

test('an approved plan changes only through a recorded amendment', async () => {
  await openRound('rp-office')
  await page.getByRole('tab', { name: '方案调整' }).click()
  assert.equal(await page.locator('[data-test="plan-edit"]').count(), 0, 'the approved plan cannot be edited as it is')
  await page.locator('[data-test="amendment-open"]').click()
  await page.locator('.el-message-box input').fill('调整进驻前准备安排')
  await page.getByRole('button', { name: /确定|OK/ }).click()
  const amendments = page.locator('[data-test="amendments-table"]')
  await amendments.getByText('调整进驻前准备安排').waitFor()
  await page.locator('[data-test="plan-edit"]').click()
  await page.locator('textarea[data-test="round-description"]').fill('进驻前召开动员会，听取县纪委监委、县委组织部意见')
  await page.locator('[data-test="plan-save"]').click()
  await amendments.getByText('修改轮次方案').waitFor()
  await page.locator('[data-test="amendment-close"]').click()
  await page.locator('.el-message-box').getByText('（调整进驻前准备安排）：此后方案不能再修改').waitFor()
  await page.locator('.el-message-box').getByRole('button', { name: /确定|OK/ }).click()
  await amendments.getByText('已完成').waitFor()
})

test('the round enters, and the term\'s coverage % and gap list change', async () => {
  await advanceStage('进驻')
  await page.locator('[data-test="stage-current"]').getByText('进驻').waitFor()
  await page.getByRole('tab', { name: '阶段记录' }).click()
  await page.locator('[data-test="history-table"]').getByText('刘晓燕').waitFor()
  await shot('round-planning-07-entered')
  await menuItem('round-planning', 'terms').click()
  await page.locator('[data-test="terms-table"]').getByText('中共高唐县第十五届委员会').click()
  await page.locator('[data-test="coverage-percent"]').getByText('75.0%').waitFor()
  const gaps = page.locator('[data-test="coverage-gaps"]')
  await gaps.getByText('RP-GT-SCJ').waitFor()
  assert.equal(await gaps.locator('.el-table__body tr').count(), 1, 'only the unit no round has entered is left')
  await gaps.getByText('第2轮').waitFor()
  await page.getByRole('tab', { name: '按系统' }).click()
  await page.locator('[data-test="coverage-bySystem"] tr').filter({ hasText: '教育系统' }).getByText('100.0%').waitFor()
  await page.locator('[data-test="rounds-needed"] .rp-big').getByText('1').waitFor()
  await page.locator('[data-test="coverage-matrix"]').getByText('✓ 已巡察').first().waitFor()
  await shot('round-planning-08-coverage-changed')
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="coverage-export"]').click()])
  assert.equal(download.suggestedFilename(), '中共高唐县第十五届委员会巡察全覆盖情况.xlsx', 'saved under the Chinese name the server gives')
  assert.ok((await fs.promises.stat(await download.path())).size > 1000, 'the coverage table is a real workbook')
  await page.locator('[data-test="language"]').click()
  await page.getByText('Units still to inspect (1)').waitFor()
  await page.locator('[data-test="coverage"]').getByText('Coverage', { exact: true }).first().waitFor()
  await shot('round-planning-09-coverage-english')
  await page.locator('[data-test="language"]').click()
  await page.getByText('尚未巡察的单位（1）').waitFor()
})

test('the office leader undoes the entry with a reason (in English), and enters again after the confirmation', async () => {
  await signOut()
  await openRound('rp-leader')
  await page.locator('[data-test="language"]').click()
  await page.locator('[data-test="stage-current"]').getByText('Entry').waitFor()
  await page.locator('[data-test="stage-back"]').click()
  const box = page.locator('.el-message-box')
  await box.getByText('Step back to Preparation').waitFor()
  await box.getByRole('button', { name: /OK|确定/ }).click()
  await box.getByText('A reason is required to step back').waitFor() // no reason, no undo
  await box.locator('input').fill('进驻日期录入有误')
  await box.getByRole('button', { name: /OK|确定/ }).click()
  await box.waitFor({ state: 'hidden' })
  await page.locator('[data-test="stage-current"]').getByText('Preparation').waitFor()
  await page.getByRole('tab', { name: 'Stage history' }).click()
  const history = page.locator('[data-test="history-table"]')
  await history.locator('tr').filter({ hasText: '进驻日期录入有误' }).getByText('Correction').waitFor()
  await shot('round-planning-09b-stage-undone-english')
  // and on again, confirmed in English: the round and both stages named
  await page.locator('[data-test="stage-advance"]').click()
  await box.getByText('moves from stage Preparation to stage Entry').waitFor()
  await box.getByRole('button', { name: /OK|确定/ }).click()
  await page.locator('[data-test="stage-current"]').getByText('Entry').waitFor()
  await page.locator('[data-test="language"]').click()
  await signOut()
  await signIn('rp-office', PASSWORD)
  await page.locator('[data-test="dashboard"]').waitFor()
})

test('the rounds list fits 1280 px; at 390 px the menu folds behind a button and the list shows its key columns (zh, en)', async () => {
  try {
    await page.setViewportSize({ width: 1280, height: 800 })
    await menuItem('round-planning', 'rounds').click()
    const table = page.locator('[data-test="rounds-table"]')
    await table.locator(`[data-test="round-link-${roundId}"]`).waitFor()
    const overdue = await table.locator('.el-table__header th').filter({ hasText: '超期' }).boundingBox()
    assert.ok(overdue && overdue.x + overdue.width <= 1280, `the 超期 column is on screen at 1280 px: ${JSON.stringify(overdue)}`)
    // the list exports as filtered, under its Chinese name (the server writes it: DemoDataIT's sweep checks them all)
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="rounds-export"]').click()])
    assert.match(file.suggestedFilename(), /^巡察轮次.*\.xlsx$/)

    await page.setViewportSize({ width: 390, height: 844 })
    const aside = page.locator('[data-test="aside"]')
    await page.waitForFunction(() => document.querySelector('[data-test="aside"]').getBoundingClientRect().right <= 0)
    // choosing an entry folds the menu again: another page, then the rounds list itself (the page already open)
    for (const entry of ['terms', 'rounds', 'rounds']) {
      await page.locator('[data-test="menu-toggle"]').click()
      await page.waitForFunction(() => document.querySelector('[data-test="aside"]').getBoundingClientRect().left >= 0)
      await menuItem('round-planning', entry).click()
      await page.waitForFunction(() => document.querySelector('[data-test="aside"]').getBoundingClientRect().right <= 0)
    }
    assert.ok(await aside.count())
    for (const [label, lang] of [['轮次', 'zh'], ['Round', 'en']]) {
      const link = table.locator(`[data-test="round-link-${roundId}"]`)
      await link.waitFor()
      const header = await table.locator('.el-table__header th').filter({ hasText: new RegExp(`^${label}$`) }).first().boundingBox()
      const name = await link.boundingBox()
      assert.ok(header && header.x >= 0 && header.x + header.width <= 390, `${lang}: the first column is on screen: ${JSON.stringify(header)}`)
      assert.ok(name && name.x >= 0 && name.x < 390, `${lang}: the round's name is on screen: ${JSON.stringify(name)}`)
      await shot(`round-planning-09c-rounds-390-${lang}`)
      await page.locator('[data-test="language"]').click()
    }
  } finally {
    await page.setViewportSize({ width: 1440, height: 900 })
  }
})

test('every page of the menu is readable at 390 px: no sideways page, its title shown, the list from its key column, the menu folded', async () => {
  const problems = []
  try {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForFunction(() => document.querySelector('[data-test="aside"]').getBoundingClientRect().right <= 0)
    const entries = await page.$$eval('li.el-menu-item[data-test^="menu-"]', (items) => items.map((e) => ({ id: e.dataset.test, title: e.textContent.trim() })))
    assert.ok(entries.length >= 20, `the office sees the modules' pages: ${entries.map((e) => e.id)}`)
    console.log(`[390 px] ${entries.length} pages: ${entries.map((e) => e.title).join(' ')}`)
    for (const { id, title } of entries) {
      // chosen as the menu would (its item clicked while folded away: the fold itself is the rounds step's)
      await page.evaluate((test) => document.querySelector(`[data-test="${test}"]`).click(), id)
      await page.locator('[data-test="page-title"]').getByText(title, { exact: true }).waitFor()
      await page.waitForFunction(() => !document.querySelector('[data-test="module-host"]')
        && ![...document.querySelectorAll('.layout-main .el-loading-mask')].some((m) => m.getBoundingClientRect().width > 0))
      const seen = await page.evaluate(() => {
        const width = window.innerWidth
        const main = document.querySelector('.layout-main')
        const box = (el) => el && el.getBoundingClientRect()
        const on = (r) => !!r && r.width > 0 && r.left >= 0 && r.right <= width + 0.5
        const wrong = []
        if (document.documentElement.scrollWidth > width) wrong.push(`page ${document.documentElement.scrollWidth} px wide`)
        if (main.scrollWidth > main.clientWidth + 1) wrong.push(`content ${main.scrollWidth} px wide in ${main.clientWidth}`)
        if (box(document.querySelector('[data-test="aside"]')).right > 0) wrong.push('menu open')
        if (!on(box(document.querySelector('[data-test="page-title"]')))) wrong.push('title off screen')
        const table = [...main.querySelectorAll('.el-table')].find((t) => t.getBoundingClientRect().width > 0)
        if (table) {
          const key = [...table.querySelectorAll('.el-table__header th')].find((h) => h.textContent.trim())
          if (!key || /^(操作|Actions?|Operations?)$/.test(key.textContent.trim()) || !on(box(key))) {
            wrong.push(`key column ${key?.textContent.trim()} at ${JSON.stringify(box(key))}`)
          }
          const cell = table.querySelector('.el-table__body tr td')
          if (cell && box(cell).left >= width) wrong.push('first cell off screen')
        }
        return wrong
      })
      if (seen.length) {
        problems.push(`${id} (${title}): ${seen.join('; ')}`)
        await shot(`round-planning-09d-390-${id}`)
      }
    }
  } finally {
    await page.setViewportSize({ width: 1440, height: 900 })
  }
  assert.deepEqual(problems, [], 'pages not readable at 390 px')
})

test('the dashboard charts the rounds by stage', async () => {
  await page.locator('.el-menu-item', { hasText: '首页' }).click()
  const chart = page.locator('[data-test="chart-round-planning.rounds"]')
  await chart.locator('.x-chart svg').waitFor()
  await chart.getByText('巡察轮次').waitFor()
  // the figure counts every round the user may see: this file's two and those other files made
  const visible = (await office.expect(200, 'GET', '/round-planning/rounds?size=1')).total
  assert.ok(visible >= 2)
  await chart.getByText(`（${visible}）`).waitFor()
  await chart.scrollIntoViewIfNeeded()
  await page.waitForTimeout(800) // ECharts animates its first frame in; the screenshot wants the bars drawn
  await shot('round-planning-10-dashboard')
  await signOut()
})

test('the office leader brings a past term on the history page: Chinese template names, a broken members file imports nothing and names its row', async () => {
  await signIn('rp-leader', PASSWORD) // the step before signed out
  await menuItem('round-planning', 'history').click()
  const history = page.locator('[data-test="round-history"]')
  await history.waitFor()
  const [rounds] = await Promise.all([page.waitForEvent('download'), history.locator('[data-test="history-template"]').click()])
  assert.equal(rounds.suggestedFilename(), '历史轮次导入模板.xlsx')
  await history.locator('[data-test="history-kind"]').getByText('历史巡察组成员及授权').click()
  const [members] = await Promise.all([page.waitForEvent('download'), history.locator('[data-test="history-template"]').click()])
  assert.equal(members.suggestedFilename(), '历史巡察组成员导入模板.xlsx')
  // round 99 of the term does not exist: the whole file is refused, its row named
  const csv = ['轮次序号,巡察组,姓名,单位编码,组内职务,授权文号,授权日期,授权事项', '99,第一巡察组,张建国,RP-GT-XCB,组长,,,']
  await history.locator('[data-test="history-file"]').setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.join('\r\n'), 'utf8') })
  await history.locator('[data-test="history-start"]').click()
  const errors = history.locator('[data-test="history-error-table"] .el-table__body tr')
  await errors.first().waitFor()
  for (const row of await errors.all()) {
    assert.equal((await row.locator('td').nth(0).textContent()).trim(), '2')
  }
  await history.locator('[data-test="history-errors"]').getByText('未导入任何数据').waitFor()
  await shot('round-planning-11-history-members-refused')
  await signOut()
  await signIn('rp-office', PASSWORD)
  await page.locator('[data-test="dashboard"]').waitFor()
})

test('no page error and no Content-Security-Policy violation on the way', () => {
  assert.deepEqual(browser.problems, [])
})
