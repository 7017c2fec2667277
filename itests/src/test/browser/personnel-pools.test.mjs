// The personnel pools in the browser: the training calendar (the round's training check lists who
// served and missed it; the office signs an invitee in and the count moves; a material is uploaded), the secondment screen
// (a candidate who worked in the group's target shows the 回避 finding with its fact, in Chinese and in English, and drafting
// them is refused with the server's words), 动态调整 on the pools page (an application for admission
// approved by the office, the filtered list exported, an exit applied for) and the person's profile (edited: specialty, history,
// relative; it shows rounds served and class hours; the rounds served with their evaluation column and a
// 双历认定 certificate downloaded).
// Runs after console.test.mjs against the same distribution (WebConsoleIT) but depends on nothing
// it made: its own units PP-WEB-*, persons, round and account pp-web-*, over REST for set-up.
import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import { PASSWORDS, browser, useBrowser, shot, menuItem, initialPassword, signIn, signOut, Rest, MODULE_WAIT, dialog, formItem } from './support.mjs'

const page = useBrowser()

const PASSWORD = 'Pp-Passw0rd-2026!'
const USER = 'pp-web-office'
const RUN = Date.now().toString(36)
const ROUND = `人才库浏览器测试轮次${RUN}`
const TITLE = `巡前培训${RUN}`
const day = (offset) => {
  const d = new Date(Date.now() + offset * 86_400_000)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
// a county of its own, so that its term overlaps no other file's
const DIVISION = '371524'
const ids = {}
let office

before(async () => {
  const sysadmin = await Rest.signIn('sysadmin', PASSWORDS.sysadmin, () => initialPassword('sysadmin'))
  const secadmin = await Rest.signIn('secadmin', PASSWORDS.secadmin, () => initialPassword('secadmin'))
  const existing = await sysadmin.expect(200, 'GET', `/platform/security/users?text=${USER}`)
  if (!existing.items.some((u) => u.username === USER)) {
    const created = await sysadmin.post('/platform/security/users', { username: USER, displayName: '人才库测试', divisionCode: null, personId: null })
    await secadmin.put(`/platform/security/users/${created.user.id}/roles`, { roles: ['office-leader'] })
    // no division: the office keeps the reference data of the county it creates, by the explicit grant
    await secadmin.grantAllDivisions('office-leader')
    const initial = await secadmin.release(created.user.id)
    await Rest.signIn(USER, PASSWORD, () => initial)
  }
  office = await Rest.signIn(USER, PASSWORD)
  if ((await office.call('GET', '/platform/reference/divisions/371500')).status !== 200) {
    await office.put('/platform/reference/divisions/371500', { nameZh: '聊城市', level: 'CITY' }, 201)
  }
  if ((await office.call('GET', `/platform/reference/divisions/${DIVISION}`)).status !== 200) {
    await office.put(`/platform/reference/divisions/${DIVISION}`, { nameZh: '东阿县', level: 'COUNTY', parentCode: '371500' }, 201)
  }
  for (let started = Date.now(); (await office.call('GET', '/personnel-pools/entries')).status !== 200;) {
    assert.ok(Date.now() - started < MODULE_WAIT, 'the personnel pools did not come up')
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const unit = (code, name) => office.post('/platform/reference/units', { code: `${code}-${RUN}`, name, divisionCode: DIVISION, active: true })
  ids.home = (await unit('PP-WEB-XCB', '市委巡察办（人才库测试）')).id
  ids.edu = (await unit('PP-WEB-EDU', `市教育局（人才库测试${RUN}）`)).id
  const person = async (name) => (await office.post('/platform/reference/persons',
    { name, unitId: ids.home, post: '干部', rank: '正科级', leadership: 'STAFF', active: true })).id
  ids.trainer = await person('王师资')
  ids.former = await person('冯曾任')
  ids.member = await person('韩组员')
  ids.newcomer = await person(`魏新任${RUN}`)
  for (const [personId, pool] of [[ids.trainer, 'TRAINER'], [ids.former, 'MEMBER'], [ids.member, 'MEMBER']]) {
    const entry = await office.post('/personnel-pools/entries', { personId, pool, divisionCode: DIVISION, reason: '浏览器测试' })
    await office.post(`/personnel-pools/entries/${entry.id}/decision`, { approve: true }, 200)
  }
  await office.put(`/personnel-pools/profiles/${ids.former}`, { specialties: ['财务'], history: [{ unitId: ids.edu, fromYear: 2012, toYear: 2018 }] })
  const term = await office.post('/round-planning/terms', { name: `人才库测试届${RUN}`, divisionCode: DIVISION, startDate: day(-400), endDate: day(1400) })
  ids.round = (await office.post('/round-planning/rounds', { termId: term.id, number: 1, name: ROUND, type: 'REGULAR',
    plannedStart: day(10), plannedEnd: day(50) })).id
  await office.post(`/round-planning/rounds/${ids.round}/targets`, { unitIds: [ids.edu] })
  ids.group = (await office.post(`/round-planning/rounds/${ids.round}/groups`, { name: '第一巡察组',
    members: [{ personId: ids.member, role: 'LEADER' }], targetUnitIds: [ids.edu] })).id
  ids.training = (await office.post('/personnel-pools/trainings', { kind: 'ROUND', roundId: ids.round, title: TITLE, trainerPersonId: ids.trainer,
    date: day(-1), hours: 4, inviteeIds: [ids.former, ids.member] })).id
})

test('the round\'s training check lists who served and missed it; the office signs an invitee in on the calendar', async () => {
  await signIn(USER, PASSWORD)
  await page.locator('[data-test="dashboard"]').waitFor()
  await menuItem('personnel-pools', 'trainings').waitFor({ timeout: MODULE_WAIT })
  await menuItem('personnel-pools', 'trainings').click()
  const check = page.locator('[data-test="round-check"]')
  await check.locator('[data-test="round-check-round"]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: ROUND }).click()
  await check.locator('[data-test="round-check-summary"]').getByText('参加本轮巡察 1 人，未参训 1 人').waitFor()
  await check.locator('[data-test="round-check-missing"]').getByText('韩组员').waitFor()

  const row = page.locator('[data-test="trainings-table"] .el-table__body tr', { hasText: TITLE }).first()
  await row.locator('[data-test="attendance-count"]', { hasText: '0 / 2' }).waitFor()
  await row.locator('.el-table__expand-icon').click()
  // the training's material (before the sign-in: the row folds when the training is read back), uploaded under its Chinese name
  const materials = page.locator(`[data-test="materials-${ids.training}"]`)
  await materials.locator('input[type="file"]').setInputFiles({ name: '巡前培训课件.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') })
  await materials.locator('[data-test="material"]', { hasText: '巡前培训课件.pdf' }).waitFor()
  await page.locator(`[data-test="sign-in-${ids.member}"]`).click()
  await row.locator('[data-test="attendance-count"]', { hasText: '1 / 2' }).waitFor()
  await shot('personnel-pools-01-training-attendance')
  const missing = await office.get(`/personnel-pools/trainings/round-attendance?roundId=${ids.round}`)
  assert.deepEqual(missing.missing, [], 'the sign-in is stored: nobody who served missed the training now')
  assert.deepEqual((await office.get(`/personnel-pools/trainings/${ids.training}/materials`)).map((f) => f.filename), ['巡前培训课件.pdf'])
})

test('the secondment screen shows the 回避 finding of a candidate with its fact, and drafting them is refused in the server\'s words', async () => {
  await menuItem('personnel-pools', 'secondments').click()
  await page.locator('[data-test="secondment-round"]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: ROUND }).click()
  await page.locator('[data-test="secondment-group"]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '第一巡察组' }).click()
  const candidate = page.locator('[data-test="suggestions-table"] .el-table__body tr', { hasText: '冯曾任' }).first()
  await candidate.locator('[data-test="finding"]', { hasText: '任职回避：曾在被巡察单位工作' }).waitFor()
  await candidate.locator('[data-test="finding"]', { hasText: '2012—2018年' }).waitFor()
  await shot('personnel-pools-02-secondment-findings')
  // in English the screen shows the server's English rule and fact
  await page.locator('[data-test="language"]').click()
  await candidate.locator('[data-test="finding"]', { hasText: 'Worked in a target unit' }).waitFor()
  await candidate.locator('[data-test="finding"]', { hasText: '2012-2018' }).waitFor()
  await page.locator('[data-test="suggestions-table"]').getByText('Avoidance and clashes').first().waitFor()
  await page.locator('[data-test="language"]').click()
  await candidate.locator('[data-test="finding"]', { hasText: '任职回避：曾在被巡察单位工作' }).waitFor()
  await page.locator(`[data-test="second-${ids.former}"]`).click()
  const box = page.locator('.el-message-box')
  await box.getByText('抽调到第一巡察组').waitFor()
  await box.getByText(/该干部有\d+项回避或冲突提示/).waitFor()
  await box.getByRole('button', { name: /确定|OK/ }).click()
  await page.locator('.el-message--error', { hasText: '不能抽调' }).waitFor()
  assert.deepEqual(await office.get(`/personnel-pools/secondments?roundId=${ids.round}`), [], 'nothing was recorded')
})

test('动态调整 on the pools page: staff apply for a person\'s admission with a reason, the office approves it, then an exit is applied for', async () => {
  await menuItem('personnel-pools', 'pools').click()
  await page.locator('[data-test="pools-page"]').waitFor()
  await page.locator('[data-test="pool-apply"]').click()
  const form = dialog('admission-form')
  await formItem(form, '姓名').locator('.el-select').click()
  await page.keyboard.type(`魏新任${RUN}`)
  await page.locator('.el-select-dropdown__item:visible', { hasText: `魏新任${RUN}` }).first().click()
  // the test's account belongs to no division: it names the county whose pool it is
  await form.locator('[data-test="admission-office"] .el-select').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: `（${DIVISION}）` }).click()
  await page.locator('textarea[data-test="admission-reason"]').fill('新提拔县级干部，财务专业')
  await page.locator('[data-test="admission-save"]').click()
  await page.locator('.el-message--success', { hasText: '入库申请已提交' }).waitFor()
  const entry = (await office.get(`/personnel-pools/entries?q=${encodeURIComponent(`魏新任${RUN}`)}&status=PENDING_ADMISSION`)).items[0]
  assert.equal(entry?.admissionReason, '新提拔县级干部，财务专业', 'the application is stored with its reason')

  await page.locator('[data-test="filter-status"]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '待审批入库' }).click()
  await page.locator('input[data-test="filter-text"]').fill(`魏新任${RUN}`)
  await page.locator('[data-test="pools-search"]').click()
  // the filtered list exports as a workbook under its Chinese name
  const [exported] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="pools-export"]').click()])
  assert.equal(exported.suggestedFilename(), '巡察干部人才库.xlsx')
  await page.locator(`[data-test="pool-decide-${entry.id}"]`).click()
  await page.locator('[data-test="decision-reason"]', { hasText: '新提拔县级干部，财务专业' }).waitFor()
  await shot('personnel-pools-03-admission-decision')
  await page.locator('[data-test="decision-approve"]').click()
  await page.locator('.el-message--success', { hasText: '已审批' }).waitFor()
  assert.equal((await office.get(`/personnel-pools/entries/${entry.id}`)).status, 'ACTIVE', 'the approval is stored')

  await page.locator('[data-test="filter-status"]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '在库' }).first().click()
  await page.locator('[data-test="pools-search"]').click()
  await page.locator(`[data-test="pool-exit-${entry.id}"]`).click()
  await page.locator('[data-test="exit-save"]').click()
  await page.getByText('请填写出库理由').waitFor()
  await page.locator('textarea[data-test="exit-reason"]').fill('调离纪检监察系统')
  await page.locator('[data-test="exit-save"]').click()
  await page.locator('.el-message--success', { hasText: '出库申请已提交' }).waitFor()
  const exited = await office.get(`/personnel-pools/entries/${entry.id}`)
  assert.deepEqual([exited.status, exited.exitReason], ['PENDING_EXIT', '调离纪检监察系统'])
})

test('the profile page: the office edits specialties, employment history and a declared relative; it shows rounds served and class hours', async () => {
  await page.locator('[data-test="pools-reset"]').click()
  await page.locator('input[data-test="filter-text"]').fill('冯曾任')
  await page.locator('[data-test="pools-search"]').click()
  await page.locator('[data-test="pool-person"]', { hasText: '冯曾任' }).first().click()
  await page.locator('[data-test="profile-name"]', { hasText: '冯曾任' }).waitFor()
  await page.locator('[data-test="profile-specialties"]', { hasText: '财务' }).waitFor()
  await page.locator('[data-test="profile-history"]').getByText(`市教育局（人才库测试${RUN}）`).waitFor()
  // the round's training signed in earlier counted for 韩组员, not for him: he was invited and absent
  await page.locator('[data-test="profile-hours"]').first().waitFor()
  await page.locator('[data-test="profile-served"]', { hasText: '0' }).waitFor()

  await page.locator('[data-test="profile-edit"]').click()
  const form = dialog('profile-form')
  await form.locator('[data-test="profile-form-specialties"]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '审计' }).first().click()
  await page.keyboard.press('Escape')
  await form.locator('[data-test="relative-add"]').click()
  const relative = form.locator('[data-test="relative-row-0"]')
  await relative.locator('.el-select').click()
  await page.keyboard.type(`PP-WEB-XCB-${RUN}`)
  await page.locator('.el-select-dropdown__item:visible', { hasText: `PP-WEB-XCB-${RUN}` }).first().click()
  await relative.locator('input[placeholder="关系"]').fill('配偶')
  await page.locator('[data-test="profile-save"]').click()
  await page.locator('.el-message--success', { hasText: '档案已保存' }).waitFor()
  await page.locator('[data-test="profile-specialties"]', { hasText: '财务、审计' }).waitFor()
  await page.locator('[data-test="profile-relatives"]').getByText('配偶').waitFor()
  await shot('personnel-pools-04-profile')
  const stored = await office.get(`/personnel-pools/profiles/${ids.former}`)
  assert.deepEqual(stored.specialties, ['财务', '审计'])
  assert.deepEqual(stored.history.map((h) => [h.unitId, h.fromYear, h.toYear]), [[ids.edu, 2012, 2018]], 'the history read into the form is sent back unchanged')
  assert.deepEqual(stored.relatives.map((r) => [r.unitId, r.relation]), [[ids.home, '配偶']])
})

test('the profile lists the rounds served with the group\'s evaluation, and a 双历认定 record\'s certificate downloads as DOCX', async () => {
  const [record] = await office.post('/personnel-pools/incentives/dual-records', { roundId: ids.round, personIds: [ids.member] })
  await page.goBack()
  await page.locator('[data-test="pools-reset"]').click()
  await page.locator('input[data-test="filter-text"]').fill('韩组员')
  await page.locator('[data-test="pools-search"]').click()
  await page.locator('[data-test="pool-person"]', { hasText: '韩组员' }).first().click()
  await page.locator('[data-test="profile-name"]', { hasText: '韩组员' }).waitFor()
  const served = page.locator('[data-test="profile-rounds"] .el-table__row', { hasText: ROUND })
  await served.getByText('第一巡察组').waitFor()
  // evaluation is installed: the column is there, and this round's ranking is not published yet
  await served.locator('[data-test="profile-evaluation"]', { hasText: '未发布' }).waitFor()
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-test="dual-certificate-docx-${record.id}"]`).click()])
  assert.equal(download.suggestedFilename(), `双历认定证明-记录${record.id}.docx`)
  await shot('personnel-pools-05-profile-record')
})

test('signing out', async () => {
  await signOut()
})

test('no page error and no Content-Security-Policy violation on the way', () => {
  assert.deepEqual(browser.problems, [])
})
