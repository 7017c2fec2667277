// The web console in a real browser (Debian's Chromium driven by playwright-core), against a running
// distribution. Run by WebConsoleIT (itests), which starts the distribution and passes:
//   XUNCHA_URL          http://127.0.0.1:<port>
//   XUNCHA_HOME         the distribution's folder (one-time passwords, the second factor's secrets)
//   XUNCHA_CONSOLE_URL / XUNCHA_CONSOLE_TOKEN  the test JVM's relay onto the system administrator's console session (karaf())
//   XUNCHA_WEB_DIR      bundles/platform/web (its node_modules hold playwright-core)
//   XUNCHA_SCREENSHOTS  where the screenshots go
//   XUNCHA_UNITS_BAD / XUNCHA_UNITS_GOOD  unit import files, the first with one wrong row
//   XUNCHA_CHROMIUM     the browser (default /usr/bin/chromium)
// The tests run in order and share one browser page, as one person working through the day would.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  BASE, PASSWORDS, MODULE_WAIT, env, browser, useBrowser, shot, menuItem, dialog, formItem,
  initialPassword, karaf, signIn, firstSignIn, signOut, enrolOnPage,
} from './support.mjs'

// this file's tests share the one page, as one person working through the day would
const page = useBrowser()

test('the console loads at / and asks to sign in, in Chinese', async () => {
  await page.goto(BASE + '/')
  await page.waitForURL('**/login')
  await page.getByText('巡察工作平台', { exact: true }).first().waitFor()
  await page.locator('.login-submit').click()
  await page.getByText('请填写用户名').waitFor()
  await shot('01-login')
})

test('a wrong password is refused with the server\'s message', async () => {
  await signIn('sysadmin', 'not-the-password')
  await page.locator('[data-test="login-problem"]').getByText('用户名或密码错误').waitFor()
})

test('the system administrator must change the one-time password, checked as typed, and enrol the second factor', async () => {
  await signIn('sysadmin', initialPassword('sysadmin'))
  await page.waitForURL('**/password')
  await page.getByText('首次登录或密码已过期').waitFor()
  assert.notEqual(await page.locator('input[name="oldPassword"]').inputValue(), '', 'the password just used is filled in')
  await page.locator('input[name="newPassword"]').fill(PASSWORDS.sysadmin)
  await page.locator('input[name="confirm"]').fill(PASSWORDS.sysadmin + 'x')
  await page.getByText('两次输入的新密码不一致').waitFor()
  await shot('02-forced-password-change')
  await page.locator('input[name="confirm"]').fill(PASSWORDS.sysadmin)
  await page.getByRole('button', { name: '确认修改' }).click()
  // the second factor is mandatory for an administrator: nothing else until it is enrolled
  await page.waitForURL('**/second-factor')
  await page.locator('[data-test="totp-uri"]').getByText('otpauth://totp/xuncha:sysadmin?secret=').waitFor()
  await page.goto(BASE + '/security/users')
  await page.waitForURL('**/second-factor')
  await shot('02b-second-factor')
  await enrolOnPage('sysadmin')
})

test('the system administrator sees the accounts menu only, and creates the office account', async () => {
  await menuItem('security', 'users').waitFor()
  assert.equal(await menuItem('security', 'audit').count(), 0, 'the auditor\'s page is not in the system administrator\'s menu')
  assert.equal(await menuItem('security', 'roles').count(), 0)
  await page.locator('[data-test="roles"]').getByText('系统管理员').waitFor()
  await menuItem('security', 'users').click()
  await page.locator('[data-test="users-page"]').waitFor()
  await page.locator('[data-test="user-add"]').click()
  const form = dialog('user-save')
  await form.locator('input[name="username"]').fill('1office')
  await form.getByText('用户名须以字母开头').waitFor()
  await form.locator('input[name="username"]').fill('office1')
  await form.locator('input[name="displayName"]').fill('王晓明')
  await page.locator('[data-test="user-save"]').click()
  // 三员分立: the system administrator is told no password; it waits for the security administrator
  await page.getByText('一次性密码由安全保密管理员发放').waitFor()
  await page.locator('[data-test="users-table"]').getByText('office1').waitFor()
  await page.locator('[data-test="users-table"]').getByText('待发放密码').waitFor()
  assert.equal(await page.locator('[data-test="release-office1"]').count(), 0, 'the system administrator cannot release it')
  await shot('03-account-created')
  await signOut()
})

test('the system administrator takes a backup while the platform serves', async () => {
  await signIn('sysadmin', PASSWORDS.sysadmin)
  await page.locator('[data-test="dashboard"]').waitFor()
  await page.locator('[data-test="modules"]').getByText('platform', { exact: true }).first().waitFor()
  await menuItem('security', 'backup').click()
  await page.locator('[data-test="backup-page"]').waitFor()
  await page.locator('[data-test="backup-start"]').click()
  await page.locator('.el-message-box').getByRole('button', { name: /确定|OK/ }).click()
  await page.locator('[data-test="backup-last"]').getByText('完成').waitFor({ timeout: 120000 })
  await page.locator('[data-test="backup-table"]').getByText('xuncha-backup-').waitFor()
  await shot('03b-backup')
  await signOut()
})

test('the security administrator gives the office account its role and sees the permission matrix', async () => {
  await firstSignIn('secadmin', initialPassword('secadmin'))
  await menuItem('security', 'users').click()
  await page.locator('[data-test="roles-office1"]').click()
  await page.locator('[data-test="role-office-staff"]').click()
  await page.locator('[data-test="roles-save"]').click()
  await page.locator('[data-test="users-table"]').getByText('巡察办工作人员').waitFor()
  // the one-time password the system administrator asked for, released by the security administrator
  await page.locator('[data-test="release-office1"]').click()
  await page.locator('.el-message-box').getByRole('button', { name: /确定|OK/ }).click()
  const password = (await page.locator('[data-test="one-time-password"]').textContent()).trim()
  assert.match(password, /^\S{10,}$/)
  PASSWORDS.office1Initial = password
  await page.locator('[data-test="one-time-close"]').click()
  await menuItem('security', 'roles').click()
  await page.locator('[data-test="roles-matrix"]').getByText('platform.reference.write').waitFor()
  const reserved = page.locator('[data-test="grant-office-staff-security.audit.read"] input')
  assert.ok(await reserved.isDisabled(), 'the auditor\'s permission cannot be granted to another role')
  // office1 keeps the reference data of no division yet: the explicit all-divisions grant to its role
  await page.locator('[data-test="grant-office-staff-platform.scope.all-divisions"]').click()
  await page.locator('[data-test="roles-matrix-save"]').click()
  await page.getByText('已保存 1 个角色的权限').waitFor()
  await shot('04-roles-matrix')
  await signOut()
})

test('the auditor reads the audit trail and verifies it', async () => {
  await firstSignIn('auditor', initialPassword('auditor'))
  await menuItem('security', 'audit').click()
  await page.locator('[data-test="audit-table"]').getByText('创建账号 office1').waitFor()
  await page.locator('[data-test="audit-verify"]').click()
  // the page shows the server's verdict, whatever it is
  const verdict = await page.evaluate(() => fetch('/api/platform/audit/verify').then((r) => r.json()))
  await page.locator('[data-test="audit-verdict"]')
    .getByText(verdict.intact ? `审计记录完整：共 ${verdict.records} 条` : `审计记录被篡改：${verdict.message}`).waitFor()
  await shot('05-audit')
  await signOut()
})

test('the office account signs in, changes its password and gets the office menu', async () => {
  await signIn('office1', PASSWORDS.office1Initial)
  await page.waitForURL('**/password')
  await page.locator('input[name="newPassword"]').fill('short')
  await page.getByText('密码至少10位').waitFor()
  await page.locator('input[name="newPassword"]').fill('officepassword')
  await page.locator('input[name="confirm"]').fill('officepassword')
  await page.getByRole('button', { name: '确认修改' }).click()
  // the server's policy, shown at the field
  await page.locator('.el-form-item').filter({ hasText: '新密码' }).getByText('至少3类').first().waitFor()
  await page.locator('input[name="newPassword"]').fill(PASSWORDS.office1)
  await page.locator('input[name="confirm"]').fill(PASSWORDS.office1)
  await page.getByRole('button', { name: '确认修改' }).click()
  await page.locator('[data-test="dashboard"]').waitFor()
  for (const entry of ['units', 'persons', 'divisions']) await menuItem('platform', entry).waitFor()
  assert.equal(await menuItem('security', 'users').count(), 0, 'no administrator pages for the office')
  await page.locator('[data-test="roles"]').getByText('巡察办工作人员').waitFor()
  await page.locator('[data-test="organisation"]').getByText('全部区划').waitFor()
})

test('divisions: the city and a county', async () => {
  await menuItem('platform', 'divisions').click()
  for (const [code, name, county] of [['371500', '聊城市', false], ['371502', '东昌府区', true]]) {
    await page.locator('[data-test="division-add"]').click()
    const form = dialog('division-save')
    await form.locator('input[name="code"]').fill('37')
    await form.getByText('区划代码为6至12位数字').waitFor()
    await form.locator('input[name="code"]').fill(code)
    await form.locator('input[name="nameZh"]').fill(name)
    if (county) {
      await form.getByText('县（市、区）').click()
      await page.locator('[data-test="division-save"]').click()
      await form.getByText('请填写所属市').waitFor()
      await formItem(form, '所属市').locator('.el-select').click()
      await page.locator('.el-select-dropdown__item:visible', { hasText: '聊城市' }).click()
    }
    await page.locator('[data-test="division-save"]').click()
    await page.locator('[data-test="divisions-table"]').getByText(code).waitFor()
  }
})

test('units: an import with one wrong row names the row and imports nothing; the corrected file goes in', async () => {
  await menuItem('platform', 'units').click()
  await page.locator('[data-test="units-page"]').waitFor()
  await page.locator('[data-test="unit-import"]').click()
  await page.locator('[data-test="import-file"]').setInputFiles(env('XUNCHA_UNITS_BAD'))
  await page.locator('[data-test="import-start"]').click()
  await page.locator('[data-test="import-errors"]').waitFor()
  const errors = page.locator('[data-test="import-error-table"]')
  await errors.getByText('所属区划不存在：379999').waitFor()
  const row = errors.locator('tr').filter({ hasText: '所属区划不存在' }).first()
  assert.equal((await row.locator('td').first().textContent()).trim(), '4', 'the error names the Excel row')
  await shot('06-import-errors')
  await page.getByRole('button', { name: '重新选择文件' }).click()
  await page.locator('[data-test="import-file"]').setInputFiles(env('XUNCHA_UNITS_GOOD'))
  await page.locator('[data-test="import-start"]').click()
  await page.locator('[data-test="import-ok"]').getByText('新增 4 条').waitFor()
  await shot('07-import-ok')
  await page.getByRole('button', { name: '关闭', exact: true }).click()
  await page.locator('[data-test="units-table"]').getByText('聊城市人民医院党委').waitFor()
  await page.locator('[data-test="units-table"]').getByText('聊城市卫生健康委员会党组').waitFor()
})

test('units: a new unit is checked as typed, the server\'s error shows at its field, then it is saved', async () => {
  await page.locator('[data-test="unit-add"]').click()
  const form = dialog('unit-save')
  await page.locator('[data-test="unit-save"]').click()
  await form.getByText('请填写单位编码').waitFor()
  await form.getByText('请填写单位名称').waitFor()
  await form.locator('input[name="code"]').fill('LC WJW')
  await form.getByText('单位编码只能包含').waitFor()
  await form.locator('input[name="code"]').fill('LC-WJW')
  await form.locator('input[name="name"]').fill('聊城市教育和体育局党组')
  await formItem(form, '所属区划').locator('.el-select').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '聊城市' }).click()
  await formItem(form, '领域').locator('input').fill('党政机关')
  await page.keyboard.press('Enter')
  await page.locator('[data-test="unit-save"]').click()
  // LC-WJW came in with the import: the server says so next to the code
  await formItem(form, '单位编码').getByText('单位编码已存在').waitFor()
  await shot('08-unit-server-error')
  await form.locator('input[name="code"]').fill('LC-JYTY')
  assert.equal(await formItem(form, '单位编码').getByText('单位编码已存在').count(), 0, 'the server\'s error goes once the field changes')
  await page.locator('[data-test="unit-save"]').click()
  await page.locator('[data-test="units-table"]').getByText('LC-JYTY').waitFor()
  await page.locator('[data-test="filter-field"]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '国有企业' }).click()
  await page.getByRole('button', { name: '搜索' }).click()
  await page.locator('[data-test="units-table"] .el-table__body tr').first().getByText('聊城市农业发展集团有限公司党委').waitFor()
  assert.equal(await page.locator('[data-test="units-table"] .el-table__body tr').count(), 1)
  await shot('09-units')
})

test('the dashboard charts the units by field', async () => {
  await page.locator('.el-menu-item', { hasText: '首页' }).click()
  const chart = page.locator('[data-test="chart-platform.units.byField"]')
  await chart.locator('.x-chart svg').waitFor()
  await chart.getByText('在用被巡察单位（按领域）').waitFor()
  // the modules' versions are the system administrator's, not the office's
  assert.equal(await page.locator('[data-test="modules"]').count(), 0, 'no module versions on the office\'s home page')
  await page.waitForTimeout(800) // ECharts animates its first frame in; the screenshot wants the bars drawn
  await shot('10-dashboard')
})

test('English is one click away and stays chosen', async () => {
  await page.locator('[data-test="language"]').click()
  await menuItem('platform', 'units').getByText('Units').waitFor()
  await page.getByText('Active units by field').waitFor()
  await page.reload()
  await menuItem('platform', 'units').getByText('Units').waitFor()
  await shot('11-english')
  await page.locator('[data-test="language"]').click()
  await menuItem('platform', 'units').getByText('被巡察单位').waitFor()
})

test('installing the example module from the Karaf console adds its page to the open console', async () => {
  assert.equal(await menuItem('example', 'notes').count(), 0)
  await page.evaluate(() => { window.xunchaNotReloaded = true })
  const out = karaf('xuncha:module-install example')
  assert.match(out, /已安装模块 example/, out)
  await menuItem('example', 'notes').waitFor({ timeout: MODULE_WAIT })
  assert.equal(await page.evaluate(() => window.xunchaNotReloaded), true, 'the menu changed without reloading the page')
  await menuItem('example', 'notes').click()
  await page.locator('[data-test="notes-page"]').waitFor()
  await page.locator('[data-test="notes-unit"]').click()
  await page.keyboard.type('人民医院')
  await page.locator('.el-select-dropdown__item:visible', { hasText: '聊城市人民医院党委' }).click()
  await page.locator('[data-test="note-add"]').click()
  await page.getByText('请填写备注内容').waitFor()
  await page.locator('textarea[data-test="note-text"]').fill('进驻前听取纪委监委意见')
  await page.locator('[data-test="note-add"]').click()
  await page.locator('[data-test="notes-table"]').getByText('进驻前听取纪委监委意见').waitFor()
  await shot('12-example-module')
})

test('uninstalling it takes the entry away and the open page says the module is gone', async () => {
  const out = karaf('xuncha:module-uninstall example')
  assert.match(out, /已卸载模块 example/, out)
  await menuItem('example', 'notes').waitFor({ state: 'detached', timeout: MODULE_WAIT })
  await page.locator('[data-test="module-missing"]').getByText('该页面所属的模块已卸载').waitFor()
  assert.equal(await page.evaluate(() => window.xunchaNotReloaded), true, 'still the same page')
  await shot('13-module-removed')
  await menuItem('platform', 'units').click()
  await page.locator('[data-test="units-page"]').waitFor()
})

test('no page error and no Content-Security-Policy violation on the way', () => {
  assert.deepEqual(browser.problems, [])
})
