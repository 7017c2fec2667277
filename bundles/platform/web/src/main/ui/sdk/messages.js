// Words every page uses. Module pages add their own under their module id.
export default {
  'zh-CN': {
    common: {
      search: '搜索', reset: '重置', add: '新增', edit: '编辑', delete: '删除', actions: '操作', ok: '确定',
      cancel: '取消', save: '保存', close: '关闭', status: '状态', active: '在用', inactive: '撤销', all: '全部',
      yes: '是', no: '否', refresh: '刷新', keyword: '关键字', noData: '暂无数据', loading: '加载中…',
      confirmDelete: '确定删除“{name}”吗？此操作不可撤销。', deleted: '已删除', saved: '已保存', created: '已创建',
      confirmTitle: '请确认', required: '请填写{label}', tooLong: '{label}不能超过{max}个字符',
      invalid: '{label}格式不正确', fixErrors: '请先更正表单中的错误', networkError: '无法连接服务器，请检查网络',
      forbidden: '没有权限执行此操作', copy: '复制', copied: '已复制', notFuture: '日期不能晚于今天',
    },
    sdk: {
      unitPlaceholder: '输入单位名称或编码搜索', personPlaceholder: '输入姓名搜索', divisionPlaceholder: '选择行政区划',
      moduleNotInstalled: '“{module}”模块未安装，本页的{what}无法显示。',
      moduleUnavailable: '“{module}”模块正在安装或更新，本页的{what}暂时无法显示，请稍后重试。', someData: '部分数据', retry: '重试',
      history: {
        term: '届次', kind: '导入内容', template: '下载模板', choose: '选择文件', chosen: '已选择：{name}', start: '开始导入',
        notFile: '请选择 .xlsx 或 .csv 文件', running: '正在校验，已处理 {processed} / {total} 行', failed: '导入未完成：{message}',
        again: '重新选择文件', ids: '新建记录编号', errors: '发现 {count} 行有错误，未导入任何数据，请修改后重新导入', row: '行号',
        column: '列', problem: '问题',
      },
    },
  },
  en: {
    common: {
      search: 'Search', reset: 'Reset', add: 'New', edit: 'Edit', delete: 'Delete', actions: 'Actions', ok: 'OK',
      cancel: 'Cancel', save: 'Save', close: 'Close', status: 'Status', active: 'Active', inactive: 'Inactive', all: 'All',
      yes: 'Yes', no: 'No', refresh: 'Refresh', keyword: 'Keyword', noData: 'No data', loading: 'Loading…',
      confirmDelete: 'Delete "{name}"? This cannot be undone.', deleted: 'Deleted', saved: 'Saved', created: 'Created',
      confirmTitle: 'Please confirm', required: '{label} is required', tooLong: '{label} must be at most {max} characters',
      invalid: '{label} has an invalid format', fixErrors: 'Correct the errors in the form first',
      networkError: 'Cannot reach the server; check the network', forbidden: 'You may not do this', copy: 'Copy', copied: 'Copied',
      notFuture: 'The date cannot be in the future',
    },
    sdk: {
      unitPlaceholder: 'Type a unit name or code', personPlaceholder: 'Type a name', divisionPlaceholder: 'Choose a division',
      moduleNotInstalled: 'The "{module}" module is not installed, so {what} on this page cannot be shown.',
      moduleUnavailable: 'The "{module}" module is being installed or updated, so {what} on this page cannot be shown yet; retry shortly.',
      someData: 'some of the data', retry: 'Retry',
      history: {
        term: 'Term', kind: 'What to import', template: 'Template', choose: 'Choose a file', chosen: 'Chosen: {name}', start: 'Import',
        notFile: 'Choose an .xlsx or .csv file', running: 'Checking: {processed} of {total} rows', failed: 'The import did not finish: {message}',
        again: 'Choose another file', ids: 'Ids created', errors: '{count} rows have errors; nothing was imported. Correct them and import again',
        row: 'Row', column: 'Column', problem: 'Problem',
      },
    },
  },
}
