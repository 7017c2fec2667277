export default {
  'zh-CN': {
    shell: {
      product: '巡察工作平台', productSub: '市县党委巡察工作信息化平台', dashboard: '首页', logout: '退出登录',
      changePassword: '修改密码', language: 'English', menu: '菜单', division: '所属单位', allDivisions: '全部区划',
      noRole: '尚未分配角色，请联系安全保密管理员', modulesUnavailable: '模块列表暂不可用：{message}',
      sessionExpired: '登录已过期，请重新登录', loggedOut: '已退出登录',
      login: {
        title: '用户登录', username: '用户名', password: '密码', totp: '动态口令', totpHint: '请输入身份验证器上的6位动态口令',
        submit: '登 录', usernameRequired: '请输入用户名', passwordRequired: '请输入密码', totpInvalid: '动态口令为6位数字',
        footer: '本系统仅限授权人员使用，所有操作均记入审计日志',
      },
      password: {
        title: '修改密码', forced: '首次登录或密码已过期，请先修改密码后继续使用。', oldPassword: '原密码',
        newPassword: '新密码', confirm: '确认新密码', mismatch: '两次输入的新密码不一致', sameAsOld: '新密码不能与原密码相同',
        policy: '至少10位，包含小写字母、大写字母、数字、符号中的至少3类，且不含用户名', submit: '确认修改',
        done: '密码已修改', tooShort: '密码至少10位',
      },
      totp: {
        title: '绑定动态口令', required: '系统管理员、安全保密管理员和安全审计员必须使用动态口令（双因素认证）。绑定后才能继续使用。',
        step1: '在身份验证器（如手机上的身份验证器应用）中添加账号：扫描或输入下面的密钥或链接。', secret: '密钥', uri: '链接（otpauth）',
        start: '生成密钥', step2: '输入身份验证器显示的6位动态口令以确认绑定。', code: '动态口令', submit: '确认绑定', done: '动态口令已绑定',
      },
      dash: {
        welcome: '欢迎，{name}', today: '今天是{date}', noStatistics: '当前没有可显示的统计数据',
        noStatisticsHint: '统计数据由已安装的业务模块提供，仅对具有“查看统计看板”权限的角色显示。',
        moduleError: '{module}：{message}', modules: '已安装模块', moduleName: '模块名称', version: '版本',
        todo: '待办事项', todoNone: '暂无待办事项', todoOverdue: '已超期', todoCount: '{count}项', todoBadge: '待办',
      },
      module: {
        loading: '正在加载“{title}”页面…', failed: '“{module}”模块的页面未能加载', failedHint: '其他功能不受影响。请联系系统管理员检查该模块的安装情况。',
        gone: '该页面所属的模块已卸载或当前不可用', notFound: '页面不存在', notProvided: '模块“{module}”没有提供该页面',
        crashed: '页面运行出错', back: '返回首页', retry: '重新加载',
      },
    },
  },
  en: {
    shell: {
      product: 'Inspection Platform', productSub: 'Political inspection work of city and county Party committees',
      dashboard: 'Home', logout: 'Sign out', changePassword: 'Change password', language: '中文', menu: 'Menu', division: 'Organisation',
      allDivisions: 'All divisions', noRole: 'You have no role yet; ask the security administrator',
      modulesUnavailable: 'The module list is unavailable: {message}', sessionExpired: 'Your session has ended; please sign in again',
      loggedOut: 'Signed out',
      login: {
        title: 'Sign in', username: 'User name', password: 'Password', totp: 'One-time code',
        totpHint: 'Enter the 6-digit code from your authenticator', submit: 'Sign in', usernameRequired: 'Enter your user name',
        passwordRequired: 'Enter your password', totpInvalid: 'The one-time code has 6 digits',
        footer: 'For authorised users only; every action is recorded in the audit trail',
      },
      password: {
        title: 'Change password', forced: 'This is your first sign-in or your password has expired: change it to continue.',
        oldPassword: 'Current password', newPassword: 'New password', confirm: 'Repeat new password',
        mismatch: 'The two new passwords differ', sameAsOld: 'The new password must differ from the current one',
        policy: 'At least 10 characters mixing 3 of: lower case, upper case, digits, symbols; not containing the user name',
        submit: 'Change password', done: 'Password changed', tooShort: 'At least 10 characters',
      },
      totp: {
        title: 'Enrol the second factor', required: 'The system administrator, security administrator and auditor must use one-time codes (a second factor). Enrol to continue.',
        step1: 'Add the account to your authenticator app: enter the secret or the link below.', secret: 'Secret', uri: 'Link (otpauth)',
        start: 'Make a secret', step2: 'Enter the 6-digit code your authenticator shows to confirm.', code: 'One-time code', submit: 'Confirm', done: 'Second factor enrolled',
      },
      dash: {
        welcome: 'Welcome, {name}', today: 'Today is {date}', noStatistics: 'No statistics to show',
        noStatisticsHint: 'Statistics come from the installed business modules and are shown to roles that may read the dashboard.',
        moduleError: '{module}: {message}', modules: 'Installed modules', moduleName: 'Module', version: 'Version',
        todo: 'To do', todoNone: 'Nothing waiting for you', todoOverdue: 'Overdue', todoCount: '{count}', todoBadge: 'To do',
      },
      module: {
        loading: 'Loading "{title}"…', failed: 'The pages of module "{module}" could not be loaded',
        failedHint: 'Everything else keeps working. Ask the system administrator to check the module.',
        gone: 'The module this page belongs to has been removed or is unavailable', notFound: 'Page not found',
        notProvided: 'Module "{module}" provides no such page', crashed: 'The page failed', back: 'Back to home', retry: 'Reload',
      },
    },
  },
}
