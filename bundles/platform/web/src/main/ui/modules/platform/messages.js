export default {
  'zh-CN': {
    platform: {
      unit: {
        title: '被巡察单位', code: '单位编码', name: '单位名称', division: '所属区划', parent: '上级单位', field: '领域',
        sector: '板块', system: '系统', activeOnly: '仅显示在用单位', add: '新增单位', edit: '修改单位', codeHint: '字母、数字、_ . -，最多40位',
        codeInvalid: '单位编码只能包含字母、数字、_ . -', fieldHint: '如：党政机关、国有企业、事业单位、乡镇（街道）',
        sectorHint: '如：经济发展、社会民生、政法、农业农村', systemHint: '如：教育系统、卫生健康系统（可不填）',
        notTarget: '不列为巡察对象', notTargetHint: '如巡察机构、纪委监委机关：保留在单位名录中，但不计入全覆盖', notTargetTag: '非巡察对象',
      },
      person: {
        title: '干部信息', name: '姓名', unit: '所在单位', post: '职务', rank: '职级', leadership: '班子身份', add: '新增干部',
        edit: '修改干部信息', TOP_LEADER: '一把手', LEADING_GROUP: '班子成员', MIDDLE_MANAGER: '中层干部', STAFF: '一般干部',
        RETIRED: '离退休干部',
      },
      division: {
        title: '行政区划', code: '区划代码', nameZh: '名称', nameEn: '英文名称', level: '层级', parent: '所属市', add: '新增区划',
        edit: '修改区划', CITY: '市', COUNTY: '县（市、区）', codeInvalid: '区划代码为6至12位数字', export: '导出', exported: '已导出行政区划',
      },
      documents: {
        issued: '发文登记', kind: '公文种类', year: '年度', text: '文号或文件名', export: '导出发文登记', number: '文号',
        filename: '文件名', issuedAt: '印发时间', issuedBy: '印发人', download: '下载', numbering: '文号规则',
        pattern: '文号格式', next: '下一个文号', editPattern: '设置文号格式',
        numberingHint: '每种公文在本单位按年度连续编号，印发时取号，草稿不取号。格式中 {年} 为年份、{序号} 为顺序号（不编虚位），如：聊巡办〔{年}〕{序号}号。',
      },
      import: {
        button: '导入', template: '下载模板', title: '从Excel导入{what}', choose: '选择Excel文件', chosen: '已选择：{name}',
        hint: '请使用导入模板（.xlsx）。整个文件校验通过才会导入；有任何一行出错则不导入任何数据。', start: '开始导入',
        running: '正在导入，已处理 {processed} / {total} 行', failed: '导入未完成：{message}', again: '重新选择文件',
        ok: '导入成功：共 {rows} 行，新增 {created} 条，更新 {updated} 条', errors: '发现 {count} 行有错误，未导入任何数据，请修改后重新导入',
        row: '行号', column: '列', problem: '问题', units: '单位', persons: '干部', notXlsx: '请选择 .xlsx 格式的Excel文件',
      },
    },
  },
  en: {
    platform: {
      unit: {
        title: 'Units', code: 'Code', name: 'Name', division: 'Division', parent: 'Parent unit', field: 'Field', sector: 'Sector',
        system: 'System', activeOnly: 'Active units only', add: 'New unit', edit: 'Edit unit', codeHint: 'Letters, digits, _ . -, up to 40',
        codeInvalid: 'The code may contain letters, digits, _ . - only', fieldHint: 'e.g. Party and government organs, state-owned enterprises',
        sectorHint: 'e.g. economic development, people\'s livelihood', systemHint: 'e.g. education system (optional)',
        notTarget: 'Not an inspection target', notTargetHint: 'e.g. the inspection office or the discipline commission: kept in the directory, left out of coverage',
        notTargetTag: 'not a target',
      },
      person: {
        title: 'Persons', name: 'Name', unit: 'Unit', post: 'Post', rank: 'Rank', leadership: 'Leadership', add: 'New person',
        edit: 'Edit person', TOP_LEADER: 'Principal leader', LEADING_GROUP: 'Leading group', MIDDLE_MANAGER: 'Middle manager',
        STAFF: 'Staff', RETIRED: 'Retired',
      },
      division: {
        title: 'Divisions', code: 'Code', nameZh: 'Name', nameEn: 'English name', level: 'Level', parent: 'City', add: 'New division',
        edit: 'Edit division', CITY: 'City', COUNTY: 'County', codeInvalid: 'The code has 6 to 12 digits', export: 'Export', exported: 'Divisions exported',
      },
      documents: {
        issued: 'Issued documents', kind: 'Kind', year: 'Year', text: 'Number or file name', export: 'Export the register', number: 'Number',
        filename: 'File name', issuedAt: 'Issued at', issuedBy: 'Issued by', download: 'Download', numbering: 'Numbering',
        pattern: 'Pattern', next: 'Next number', editPattern: 'Set the number pattern',
        numberingHint: 'Each kind is numbered per office and year without gaps; a number is taken when a document is issued, never for a draft. {年} is the year, {序号} the sequence, e.g. 聊巡办〔{年}〕{序号}号.',
      },
      import: {
        button: 'Import', template: 'Template', title: 'Import {what} from Excel', choose: 'Choose an Excel file', chosen: 'Chosen: {name}',
        hint: 'Use the import template (.xlsx). Nothing is imported unless every row is valid.', start: 'Import',
        running: 'Importing: {processed} of {total} rows', failed: 'The import did not finish: {message}', again: 'Choose another file',
        ok: 'Imported {rows} rows: {created} created, {updated} updated', errors: '{count} rows have errors; nothing was imported. Correct them and import again',
        row: 'Row', column: 'Column', problem: 'Problem', units: 'units', persons: 'persons', notXlsx: 'Choose an .xlsx Excel file',
      },
    },
  },
}
