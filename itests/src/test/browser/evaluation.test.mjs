// Evaluation in the browser: a round of two groups is scored and its ranking published over REST;
// the office opens 巡察组排名, picks the round, and sees the ranking drawn as an ECharts chart and
// listed best first. Then the county's office leader issues (印发) the ranking notice from that page,
// which takes the office's first 文号 of the year, and downloads it from the document centre under its
// Chinese name with the number.
// Runs after console.test.mjs against the same distribution (WebConsoleIT) but depends on nothing
// it made: its own county, units EV-WEB-*, persons, round and account ev-web-*, over REST for set-up.
import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import { PASSWORDS, useBrowser, shot, menuItem, initialPassword, signIn, signOut, Rest, MODULE_WAIT } from './support.mjs'

const page = useBrowser()

const PASSWORD = 'Ev-Passw0rd-2026!'
const USER = 'ev-web-office'
// an account of the county, since documents are issued and numbered per office (division)
const CLERK = 'ev-web-county'
const RUN = Date.now().toString(36)
const ROUND = `评估浏览器测试轮次${RUN}`
const DIVISION = '371523'
const day = (offset) => {
  const d = new Date(Date.now() + offset * 86_400_000)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
let roundId

before(async () => {
  const sysadmin = await Rest.signIn('sysadmin', PASSWORDS.sysadmin, () => initialPassword('sysadmin'))
  const secadmin = await Rest.signIn('secadmin', PASSWORDS.secadmin, () => initialPassword('secadmin'))
  const existing = await sysadmin.expect(200, 'GET', `/platform/security/users?text=${USER}`)
  if (!existing.items.some((u) => u.username === USER)) {
    const created = await sysadmin.post('/platform/security/users', { username: USER, displayName: '评估测试', divisionCode: null, personId: null })
    await secadmin.put(`/platform/security/users/${created.user.id}/roles`, { roles: ['office-leader'] })
    await secadmin.grantAllDivisions('office-leader')
    const initial = await secadmin.release(created.user.id)
    await Rest.signIn(USER, PASSWORD, () => initial)
  }
  const office = await Rest.signIn(USER, PASSWORD)
  if ((await office.call('GET', '/platform/reference/divisions/371500')).status !== 200) {
    await office.put('/platform/reference/divisions/371500', { nameZh: '聊城市', level: 'CITY' }, 201)
  }
  if ((await office.call('GET', `/platform/reference/divisions/${DIVISION}`)).status !== 200) {
    await office.put(`/platform/reference/divisions/${DIVISION}`, { nameZh: '阳谷县', level: 'COUNTY', parentCode: '371500' }, 201)
  }
  if (!(await sysadmin.expect(200, 'GET', `/platform/security/users?text=${CLERK}`)).items.some((u) => u.username === CLERK)) {
    const created = await sysadmin.post('/platform/security/users', { username: CLERK, displayName: '阳谷县巡察办', divisionCode: DIVISION, personId: null })
    await secadmin.put(`/platform/security/users/${created.user.id}/roles`, { roles: ['office-leader'] })
    const initial = await secadmin.release(created.user.id)
    await Rest.signIn(CLERK, PASSWORD, () => initial)
  }
  for (let started = Date.now(); (await office.call('GET', '/evaluation/talks')).status !== 200;) {
    assert.ok(Date.now() - started < MODULE_WAIT, 'the evaluation module did not come up')
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const unit = async (code, name) => (await office.post('/platform/reference/units', { code: `${code}-${RUN}`, name, divisionCode: DIVISION, active: true })).id
  const a = await unit('EV-WEB-A', `评估甲单位${RUN}`)
  const b = await unit('EV-WEB-B', `评估乙单位${RUN}`)
  const person = async (name, unitId) => (await office.post('/platform/reference/persons',
    { name, unitId, post: '干部', rank: '正科级', leadership: 'STAFF', active: true })).id
  const term = await office.post('/round-planning/terms', { name: `评估测试届${RUN}`, divisionCode: DIVISION, startDate: day(-400), endDate: day(1400) })
  roundId = (await office.post('/round-planning/rounds', { termId: term.id, number: 1, name: ROUND, type: 'REGULAR',
    plannedStart: day(10), plannedEnd: day(50) })).id
  await office.post(`/round-planning/rounds/${roundId}/targets`, { unitIds: [a, b] })
  const groups = {}
  for (const [name, unitId] of [['评估甲组', a], ['评估乙组', b]]) {
    groups[name] = (await office.post(`/round-planning/rounds/${roundId}/groups`, { name,
      // each leader works at the other unit: nobody inspects their own unit (任职回避)
      members: [{ personId: await person(name + '组长', unitId === a ? b : a), role: 'LEADER' }], targetUnitIds: [unitId] })).id
  }
  // the default indicators: every office-scored one for both groups, 乙 ahead of 甲
  const sheet = await office.expect(200, 'GET', `/evaluation/rounds/${roundId}/sheet`)
  for (const indicator of sheet.indicators.filter((i) => i.source === 'OFFICE')) {
    await office.put(`/evaluation/rounds/${roundId}/scores`, { groupId: groups['评估甲组'], indicator: indicator.code, value: 70 })
    await office.put(`/evaluation/rounds/${roundId}/scores`, { groupId: groups['评估乙组'], indicator: indicator.code, value: 92 })
  }
  await office.expect(200, 'POST', `/evaluation/rounds/${roundId}/ranking`, {})
})

test('the ranking page draws the published ranking of the round chosen, best first', async () => {
  await signIn(USER, PASSWORD)
  await page.locator('[data-test="dashboard"]').waitFor()
  await menuItem('evaluation', 'ranking').waitFor({ timeout: MODULE_WAIT })
  await menuItem('evaluation', 'ranking').click()
  await page.locator('[data-test="evaluation-round"]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: ROUND }).click()
  const rows = page.locator('[data-test="ranking-table"] .el-table__body tr')
  await rows.first().waitFor()
  assert.match(await rows.nth(0).innerText(), /1\s+评估乙组/)
  assert.match(await rows.nth(1).innerText(), /2\s+评估甲组/)
  await page.locator('.x-chart[data-test="ranking-chart"] svg').first().waitFor()
  await shot('evaluation-ranking')
})

test('the county office issues the ranking notice with its 文号 and downloads it from the document centre', async () => {
  await signOut()
  await signIn(CLERK, PASSWORD)
  await page.locator('[data-test="dashboard"]').waitFor()
  await menuItem('evaluation', 'ranking').waitFor({ timeout: MODULE_WAIT })
  await menuItem('evaluation', 'ranking').click()
  await page.locator('[data-test="evaluation-round"]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: ROUND }).click()
  await page.locator('[data-test="ranking-issue"]').click()
  await page.locator('.el-message-box').getByRole('button', { name: /确定|OK/ }).click()
  const number = `〔${new Date().getFullYear()}〕1号`
  await page.locator('[data-test="ranking-issued"]', { hasText: number }).waitFor()
  await menuItem('platform', 'documents').click()
  const row = page.locator('[data-test="documents-table"] .el-table__body tr').first()
  await row.waitFor()
  assert.match(await row.innerText(), new RegExp(number))
  const [download] = await Promise.all([page.waitForEvent('download'), row.locator('[data-test="document-download"]').click()])
  assert.equal(download.suggestedFilename(), `巡察工作质量评估排名通报-轮次${roundId}（${number}）.docx`)
  await shot('documents-issued')
})

test('the county office issues a group\'s 巡察报告 from its row of the scoring sheet', async () => {
  await menuItem('evaluation', 'sheet').click()
  await page.locator('[data-test="evaluation-round"]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: ROUND }).click()
  const row = page.locator('[data-test="evaluation-sheet"] .el-table__body tr', { hasText: '评估甲组' })
  await row.locator('[data-test^="group-report-"]').click()
  await page.locator('.el-message-box').getByRole('button', { name: /确定|OK/ }).click()
  await page.locator('[data-test="report-issued"]', { hasText: `〔${new Date().getFullYear()}〕1号` }).waitFor()
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="report-issued-download"]').click()])
  assert.match(download.suggestedFilename(), /^巡察报告-轮次\d+-巡察组\d+（〔\d+〕1号）\.docx$/)
})
