// Keys start with the module id, so they never collide with another module's.
export default {
  'zh-CN': {
    example: {
      title: '单位备注', unit: '被巡察单位', pickUnit: '请先选择一个被巡察单位', text: '备注内容', add: '添加备注',
      author: '记录人', time: '时间', added: '备注已添加', empty: '该单位还没有备注', placeholder: '例如：进驻前听取纪委监委意见',
      export: '导出', exported: '单位备注已导出',
    },
  },
  en: {
    example: {
      title: 'Unit notes', unit: 'Unit', pickUnit: 'Choose a unit first', text: 'Note', add: 'Add note', author: 'By',
      time: 'Time', added: 'Note added', empty: 'No notes on this unit yet', placeholder: 'e.g. hear the discipline commission before entry',
      export: 'Export', exported: 'Notes exported',
    },
  },
}
