export default {
  'zh-CN': {
    security: {
      users: {
        title: '账号管理', username: '用户名', displayName: '姓名', division: '所属区划', roles: '角色', enabled: '启用',
        state: '账号状态', locked: '已锁定', disabled: '已停用', normal: '正常', mustChange: '待改密', totp: '动态口令',
        lastLogin: '最近登录', add: '新建账号', edit: '修改账号', reset: '重置密码', unlock: '解锁', enable: '启用', disable: '停用',
        assignRoles: '分配角色', usernameHint: '字母开头，3-50位字母、数字或 . _ -', usernameInvalid: '用户名须以字母开头，3-50位字母、数字或 . _ -',
        oneTime: '一次性密码', oneTimeTitle: '请把一次性密码当面告知 {user}', oneTimeHint: '该密码只显示这一次，用户首次登录后须立即修改。',
        confirmReset: '确定申请重置账号“{user}”的密码吗？新的一次性密码由安全保密管理员发放后原密码失效。', confirmDisable: '确定停用账号“{user}”吗？',
        unlocked: '已解锁', adminExclusive: '三员分立：系统管理员、安全保密管理员、安全审计员角色不能与其他角色兼任',
        rolesSaved: '角色已保存', noRoles: '未分配', pending: '待发放密码',
        pendingRelease: '账号“{user}”已创建，一次性密码由安全保密管理员发放', resetRequested: '已申请重置“{user}”的密码，由安全保密管理员发放一次性密码',
        resetDelivered: '“{user}”的一次性密码已写入服务器上的初始凭据文件', release: '发放密码', scope: '数据范围',
        confirmRelease: '确定为“{user}”生成并发放一次性密码吗？请当面告知本人。', divisionCode: '区划代码', personId: '关联干部编号',
      },
      roles: {
        title: '角色权限', permission: '权限', module: '模块', save: '保存更改', changed: '{count} 个角色有未保存的更改',
        saved: '已保存 {count} 个角色的权限', failed: '角色“{role}”未保存：{message}', reserved: '三员分立：此权限仅能授予{role}',
        admin: '管理员', groupScoped: '限本组', discard: '放弃更改',
      },
      audit: {
        title: '安全审计', time: '时间', range: '时间范围', actor: '操作人', action: '操作类型', module: '模块', entityType: '对象类型',
        entityId: '对象编号', summary: '摘要', ip: 'IP地址', seq: '序号', verify: '校验完整性', intact: '审计记录完整：共 {records} 条，签章 {seals} 个',
        broken: '审计记录被篡改：{message}', from: '开始时间', to: '结束时间', verifying: '正在校验…',
        LOGIN: '登录', LOGIN_FAILED: '登录失败', LOGOUT: '退出', CREATE: '新增', UPDATE: '修改', DELETE: '删除', READ: '查阅',
        EXPORT: '导出', IMPORT: '导入', TRANSITION: '状态变更', SECURITY: '安全管理', MODULE: '模块管理',
      },
    },
  },
  en: {
    security: {
      users: {
        title: 'Accounts', username: 'User name', displayName: 'Name', division: 'Division', roles: 'Roles', enabled: 'Enabled',
        state: 'State', locked: 'Locked', disabled: 'Disabled', normal: 'Normal', mustChange: 'Must change password', totp: 'One-time codes',
        lastLogin: 'Last sign-in', add: 'New account', edit: 'Edit account', reset: 'Reset password', unlock: 'Unlock', enable: 'Enable',
        disable: 'Disable', assignRoles: 'Roles', usernameHint: 'A letter first, then 3-50 letters, digits, . _ -',
        usernameInvalid: 'The user name starts with a letter: 3-50 letters, digits, . _ -', oneTime: 'One-time password',
        oneTimeTitle: 'Give {user} this one-time password in person', oneTimeHint: 'It is shown only now; the user must change it at first sign-in.',
        confirmReset: 'Request a reset of the password of "{user}"? The current one stops working when the security administrator releases a new one.', confirmDisable: 'Disable the account "{user}"?',
        unlocked: 'Unlocked', adminExclusive: 'Separation of duties: an administrator role cannot be combined with any other role',
        rolesSaved: 'Roles saved', noRoles: 'None', pending: 'Password to be released',
        pendingRelease: 'Account "{user}" created; the security administrator releases its one-time password',
        resetRequested: 'Reset of "{user}" requested; the security administrator releases the one-time password',
        resetDelivered: 'The one-time password of "{user}" is in the initial credentials file on the server', release: 'Release password',
        scope: 'Data scope', confirmRelease: 'Make and release a one-time password for "{user}"? Give it to them in person.',
        divisionCode: 'Division code', personId: 'Person id',
      },
      roles: {
        title: 'Roles', permission: 'Permission', module: 'Module', save: 'Save changes', changed: '{count} roles have unsaved changes',
        saved: 'Saved the permissions of {count} roles', failed: 'Role "{role}" not saved: {message}', reserved: 'Separation of duties: only {role} may hold this',
        admin: 'Administrator', groupScoped: 'Own groups', discard: 'Discard changes',
      },
      audit: {
        title: 'Audit trail', time: 'Time', range: 'Time range', actor: 'Actor', action: 'Action', module: 'Module', entityType: 'Object type',
        entityId: 'Object id', summary: 'Summary', ip: 'IP address', seq: 'No.', verify: 'Verify integrity',
        intact: 'The audit trail is intact: {records} records, {seals} seals', broken: 'The audit trail was tampered with: {message}',
        from: 'From', to: 'To', verifying: 'Verifying…',
        LOGIN: 'Sign-in', LOGIN_FAILED: 'Failed sign-in', LOGOUT: 'Sign-out', CREATE: 'Create', UPDATE: 'Update', DELETE: 'Delete',
        READ: 'Read', EXPORT: 'Export', IMPORT: 'Import', TRANSITION: 'Transition', SECURITY: 'Security', MODULE: 'Modules',
      },
    },
  },
}
