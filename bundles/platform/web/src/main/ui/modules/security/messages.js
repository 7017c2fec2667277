export default {
  'zh-CN': {
    security: {
      users: {
        title: '账号管理', username: '用户名', displayName: '姓名', division: '所属区划', roles: '角色', enabled: '启用',
        state: '账号状态', locked: '已锁定', disabled: '已停用', normal: '正常', mustChange: '待改密', totp: '动态口令',
        lastLogin: '最近登录', add: '新建账号', edit: '修改账号', reset: '重置密码', unlock: '解锁', enable: '启用', disable: '停用',
        assignRoles: '分配角色', usernameHint: '字母开头，3-50位字母、数字或 . _ -', usernameInvalid: '用户名须以字母开头，3-50位字母、数字或 . _ -',
        oneTime: '一次性密码', oneTimeTitle: '请把一次性密码当面告知 {user}', oneTimeHint: '该密码只显示这一次，用户首次登录后须立即修改。',
        confirmReset: '确定重置账号“{user}”的密码吗？原密码将立即失效。', confirmDisable: '确定停用账号“{user}”吗？',
        unlocked: '已解锁', adminExclusive: '三员分立：系统管理员、安全保密管理员、安全审计员角色不能与其他角色兼任',
        rolesSaved: '角色已保存', noRoles: '未分配',
      },
      roles: {
        title: '角色权限', permission: '权限', module: '模块', save: '保存更改', changed: '{count} 个角色有未保存的更改',
        saved: '已保存 {count} 个角色的权限', failed: '角色“{role}”未保存：{message}', reserved: '三员分立：此权限仅能授予{role}',
        admin: '管理员', groupScoped: '限本组', discard: '放弃更改',
      },
      backup: {
        title: '数据备份', start: '立即备份', directory: '备份目录', running: '正在备份：{step}', name: '备份', time: '时间',
        records: '记录数', auditSeq: '审计链头', database: '数据库',
        confirm: '在平台继续服务的同时，把数据库、已包裹的密钥和配置备份到 {directory}。确定开始吗？',
        hint: '备份不含密钥加密口令，口令须由安全保密管理员另行保管；恢复须在服务器上执行 bin/xuncha-restore（见运维手册）。',
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
        confirmReset: 'Reset the password of "{user}"? The current one stops working at once.', confirmDisable: 'Disable the account "{user}"?',
        unlocked: 'Unlocked', adminExclusive: 'Separation of duties: an administrator role cannot be combined with any other role',
        rolesSaved: 'Roles saved', noRoles: 'None',
      },
      roles: {
        title: 'Roles', permission: 'Permission', module: 'Module', save: 'Save changes', changed: '{count} roles have unsaved changes',
        saved: 'Saved the permissions of {count} roles', failed: 'Role "{role}" not saved: {message}', reserved: 'Separation of duties: only {role} may hold this',
        admin: 'Administrator', groupScoped: 'Own groups', discard: 'Discard changes',
      },
      backup: {
        title: 'Backup', start: 'Back up now', directory: 'Folder', running: 'Backing up: {step}', name: 'Backup', time: 'Time',
        records: 'Records', auditSeq: 'Audit head', database: 'Database',
        confirm: 'Back up the database, the wrapped keys and the configuration to {directory} while the platform keeps serving?',
        hint: 'A backup never holds the key-encryption secret, which the security administrator keeps apart; restore on the server with bin/xuncha-restore (docs/operations.md).',
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
