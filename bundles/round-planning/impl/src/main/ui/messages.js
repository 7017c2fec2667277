// Keys start with the module id, so they never collide with another module's. Pages read them with
// translator('round-planning'); stages, types... are the labels of the enumerations in vocabulary.js.
export default {
  'zh-CN': {
    'round-planning': {
      term: {
        title: '届', add: '新增届', name: '届名称', division: '所属区划', start: '开始日期', end: '结束日期', empty: '还没有届，请先新增',
        namePlaceholder: '例如：中共聊城市第十四届委员会', endBeforeStart: '结束日期不能早于开始日期', pick: '请选择一届查看全覆盖情况',
      },
      coverage: {
        title: '全覆盖情况', total: '应巡察单位', covered: '已巡察单位', percent: '覆盖率', remaining: '尚未巡察', planned: '已列入计划',
        counted: '已进驻轮次：{n}', roundsNeeded: '按目前进度还需轮次', roundsNeededNone: '尚无已进驻轮次，无法推算', asOf: '统计日期：{day}',
        matrix: '单位 × 轮次', unit: '被巡察单位', field: '领域', sector: '板块', system: '系统', inspected: '已巡察', plannedCell: '计划',
        byField: '按领域', bySector: '按板块', bySystem: '按系统', breakdownTotal: '单位数', breakdownCovered: '已巡察',
        gaps: '尚未巡察的单位（{n}）', gapsNone: '本届应巡察单位已全部巡察', plannedIn: '已列入', reinspected: '重复巡察（回头看）的单位',
        reinspectedNone: '没有重复巡察的单位', rounds: '巡察轮次', export: '导出全覆盖表', newly: '新覆盖', again: '重复', outside: '范围外',
      },
      round: {
        title: '巡察轮次', add: '新建轮次', number: '轮次', numberOf: '第{n}轮', name: '名称', type: '巡察类型', stage: '阶段', term: '所属届',
        plannedStart: '计划进驻日期', plannedEnd: '计划结束日期', planned: '计划驻点时间', actual: '实际驻点时间', planStatus: '方案状态',
        targets: '被巡察单位', groups: '巡察组', priorities: '中心工作', topics: '专项监督事项', topicsPlaceholder: '输入后回车添加',
        description: '方案说明', namePlaceholder: '留空则按届名和轮次自动生成', overdue: '超期', overdueDays: '超期{n}天', due: '时限',
        endBeforeStart: '计划结束日期不能早于计划进驻日期', created: '轮次已创建', open: '查看', empty: '还没有轮次',
        exportPlan: '导出巡察方案', edit: '修改方案', saved: '方案已保存', back: '返回轮次列表', amendmentOpen: '方案调整中',
      },
      targets: {
        add: '添加被巡察单位', byUnits: '逐个选择单位', units: '单位', field: '整个领域', sector: '整个板块', system: '整个系统',
        uninspectedOnly: '只选本届尚未巡察的单位', needOne: '请至少选择单位或领域、板块、系统之一', added: '已添加 {n} 个单位',
        already: '{n} 个单位已在本轮中', remove: '移出', confirmRemove: '确定将“{name}”移出本轮吗？', group: '巡察组', unassigned: '未分配',
        report: '整改报告报送日期', unitsPlaceholder: '输入单位名称或编码搜索，可多选',
      },
      stage: {
        title: '阶段', advance: '进入“{stage}”阶段', back: '退回“{stage}”阶段', date: '发生日期', reason: '理由', moved: '已进入“{stage}”阶段',
        archived: '本轮已归档', history: '阶段记录', correction: '纠正', by: '操作人', at: '记录时间', from: '原阶段', to: '新阶段',
        reasonRequired: '退回上一阶段须说明理由', deadlines: '时限', kind: '事项', daysOverdue: '超期天数',
        confirmTitle: '确认推进阶段', confirmAdvance: '将“{round}”从“{from}”阶段推进到“{to}”阶段。',
        missingReports: '注意：{total}个被巡察单位中仍有{n}个未报送整改报告。如推进有误，可“退回”上一阶段并说明理由。',
      },
      approval: {
        title: '方案审批', body: '审批机构', decision: '决定', approve: '同意', return: '退回修改', opinion: '意见', submit: '登记审批意见',
        recorded: '审批意见已登记', by: '登记人', at: '时间', none: '尚无审批记录', flow: '巡察办草拟 → 巡察工作领导小组审议 → 书记专题会（常委会）审定',
        opinionRequired: '退回修改须填写意见',
      },
      amendment: {
        title: '方案调整', open: '登记方案调整', reason: '调整理由', close: '完成调整', opened: '已登记方案调整，现在可以修改方案',
        closed: '方案调整已完成', none: '尚无方案调整', changes: '调整内容', openedBy: '登记人', openedAt: '登记时间', state: '状态',
        isOpen: '进行中', isClosed: '已完成',
      },
      group: {
        title: '巡察组', add: '组建巡察组', edit: '调整巡察组', name: '组名', namePlaceholder: '例如：第一巡察组', members: '成员', person: '干部',
        role: '组内职务', post: '职务', addMember: '添加成员', targets: '负责巡察的单位', saved: '巡察组已保存', empty: '本轮还没有巡察组',
        confirmDelete: '确定撤销“{name}”吗？', authorisation: '一次一授权', authorise: '登记授权', authNumber: '授权文号', authDate: '授权日期',
        authScope: '授权事项', authorised: '授权已登记', notAuthorised: '未授权', oneLeader: '一个巡察组只能有一名组长', personRequired: '请选择干部',
        personPlaceholder: '输入姓名搜索干部',
      },
      history: {
        rounds: '历史轮次（轮次、巡察组、被巡察单位及各环节日期）', members: '历史巡察组成员及授权',
        hint: '先导入本届的历史轮次，再导入各组成员及授权；人员须先在参考数据中登记。按模板填写（.xlsx 或 UTF-8 CSV），整个文件校验通过才会导入；有任何一行出错则不导入任何数据。',
        okRounds: '导入成功：共 {rounds} 轮、{groups} 个巡察组、{targets} 个被巡察单位', okMembers: '导入成功：共 {members} 名组员、{authorisations} 份授权',
      },
      overdue: { title: '超期事项', none: '目前没有超期事项', text: '轮次或单位', export: '导出', exported: '已导出超期事项' },
      priority: {
        title: '中心工作库', add: '新增中心工作', name: '中心工作', meeting: '提出会议', date: '会议日期', description: '说明', active: '在用',
        division: '所属区划', activeOnly: '只看在用', empty: '中心工作库为空',
      },
      avoidance: {
        title: '回避申报', add: '申报回避', person: '申报人', unit: '回避单位', kind: '回避情形', note: '具体情况', declaredBy: '登记人',
        declaredAt: '登记时间', withdraw: '撤回', confirmWithdraw: '确定撤回这条回避申报吗？', empty: '没有回避申报',
      },
      stages: {
        PREPARATION: '准备', ENTRY: '进驻', FIELDWORK: '了解', REPORT: '报告', FEEDBACK: '反馈', TRANSFER: '移交', RECTIFICATION: '整改',
        ASSESSMENT: '评估', ARCHIVE: '归档',
      },
      types: {
        REGULAR: '常规巡察', SPECIAL: '专项巡察', MOBILE: '机动巡察', ESCALATED: '提级巡察', CROSS: '交叉巡察', FOLLOW_UP: '回头看',
        JOINT: '巡纪审联动',
      },
      planStatus: { DRAFT: '草拟', LEADING_GROUP_APPROVED: '领导小组已审议', APPROVED: '已批准' },
      bodies: { LEADING_GROUP: '巡察工作领导小组', COMMITTEE: '书记专题会（常委会）' },
      roles: { LEADER: '组长', DEPUTY: '副组长', LIAISON: '联络员', MEMBER: '组员', NONRESIDENT_DEPUTY: '不驻组副组长' },
      deadlineKinds: { STAGE: '阶段时限', RECTIFICATION_REPORT: '整改报告报送时限' },
      avoidanceKinds: { RELATIVE: '亲属在该单位任职', PAST_WORK: '曾在该单位工作', OTHER: '其他应当回避的情形' },
    },
  },
  en: {
    'round-planning': {
      term: {
        title: 'Terms', add: 'New term', name: 'Term', division: 'Division', start: 'Start', end: 'End', empty: 'No term yet; add one first',
        namePlaceholder: 'e.g. 14th Liaocheng municipal committee', endBeforeStart: 'The end cannot be before the start',
        pick: 'Choose a term to see its coverage',
      },
      coverage: {
        title: 'Coverage', total: 'Units to inspect', covered: 'Units inspected', percent: 'Coverage', remaining: 'Not yet inspected',
        planned: 'Planned', counted: 'Rounds entered: {n}', roundsNeeded: 'Rounds still needed at this pace',
        roundsNeededNone: 'No round has entered yet; no pace to go by', asOf: 'As of {day}', matrix: 'Units × rounds', unit: 'Unit',
        field: 'Field', sector: 'Sector', system: 'System', inspected: 'Inspected', plannedCell: 'Planned', byField: 'By field',
        bySector: 'By sector', bySystem: 'By system', breakdownTotal: 'Units', breakdownCovered: 'Inspected', gaps: 'Units still to inspect ({n})',
        gapsNone: 'Every unit of the term has been inspected', plannedIn: 'Planned in', reinspected: 'Units inspected twice (follow-up)',
        reinspectedNone: 'No unit inspected twice', rounds: 'Rounds', export: 'Export coverage table', newly: 'New', again: 'Again',
        outside: 'Outside',
      },
      round: {
        title: 'Rounds', add: 'New round', number: 'Round', numberOf: 'Round {n}', name: 'Name', type: 'Type', stage: 'Stage', term: 'Term',
        plannedStart: 'Planned entry', plannedEnd: 'Planned end', planned: 'Planned field period', actual: 'Actual field period',
        planStatus: 'Plan', targets: 'Targets', groups: 'Groups', priorities: 'Priorities', topics: 'Special supervision topics',
        topicsPlaceholder: 'Type and press Enter', description: 'Plan notes', namePlaceholder: 'Left empty: term name and number',
        overdue: 'Overdue', overdueDays: '{n} days overdue', due: 'Due', endBeforeStart: 'The planned end cannot be before the planned entry',
        created: 'Round created', open: 'Open', empty: 'No rounds yet', exportPlan: 'Export round plan', edit: 'Edit plan', saved: 'Plan saved', back: 'Back to rounds',
        amendmentOpen: 'Being amended',
      },
      targets: {
        add: 'Add targets', byUnits: 'Units one by one', units: 'Units', field: 'Whole field', sector: 'Whole sector', system: 'Whole system',
        uninspectedOnly: 'Only units not yet inspected this term', needOne: 'Choose units, or a field, sector or system',
        added: '{n} units added', already: '{n} units were already targets', remove: 'Remove', confirmRemove: 'Remove "{name}" from the round?',
        group: 'Group', unassigned: 'Unassigned', report: 'Rectification report received', unitsPlaceholder: 'Type unit names or codes',
      },
      stage: {
        title: 'Stage', advance: 'Move to {stage}', back: 'Step back to {stage}', date: 'Date', reason: 'Reason', moved: 'Now in stage {stage}',
        archived: 'The round is archived', history: 'Stage history', correction: 'Correction', by: 'By', at: 'Recorded', from: 'From', to: 'To',
        reasonRequired: 'A reason is required to step back', deadlines: 'Time limits', kind: 'Item', daysOverdue: 'Days overdue',
        confirmTitle: 'Move the round on', confirmAdvance: '"{round}" moves from stage {from} to stage {to}. ',
        missingReports: 'Note: {n} of {total} inspected units have not sent their rectification report. A mistaken move can be undone with "Step back" and a reason.',
      },
      approval: {
        title: 'Plan approval', body: 'Body', decision: 'Decision', approve: 'Approve', return: 'Return for changes', opinion: 'Opinion',
        submit: 'Record decision', recorded: 'Decision recorded', by: 'Recorded by', at: 'Time', none: 'No decisions yet',
        flow: 'Office drafts → leading group approves → committee approves', opinionRequired: 'An opinion is required to return the plan',
      },
      amendment: {
        title: 'Amendments', open: 'Open an amendment', reason: 'Reason', close: 'Close amendment',
        opened: 'Amendment opened; the plan may now be changed', closed: 'Amendment closed', none: 'No amendments', changes: 'Changes',
        openedBy: 'Opened by', openedAt: 'Opened', state: 'State', isOpen: 'Open', isClosed: 'Closed',
      },
      group: {
        title: 'Groups', add: 'New group', edit: 'Edit group', name: 'Name', namePlaceholder: 'e.g. Group 1', members: 'Members',
        person: 'Person', role: 'Role', post: 'Post', addMember: 'Add member', targets: 'Units it inspects', saved: 'Group saved',
        empty: 'The round has no groups yet', confirmDelete: 'Dissolve "{name}"?', authorisation: 'Authorisation', authorise: 'Record authorisation',
        authNumber: 'Document number', authDate: 'Date', authScope: 'Scope', authorised: 'Authorisation recorded', notAuthorised: 'Not authorised',
        oneLeader: 'A group has at most one leader', personRequired: 'Choose a person', personPlaceholder: 'Type a name',
      },
      history: {
        rounds: 'Past rounds (rounds, groups, units inspected and the dates of each step)', members: 'Past groups\' members and authorisations',
        hint: 'Import the term\'s past rounds first, then the groups\' members and authorisations; persons must be in the reference data first. Fill the template (.xlsx or UTF-8 CSV); nothing is imported unless every row is valid.',
        okRounds: 'Imported {rounds} rounds, {groups} groups and {targets} units inspected', okMembers: 'Imported {members} members and {authorisations} authorisations',
      },
      overdue: { title: 'Overdue items', none: 'Nothing is overdue', text: 'Round or unit', export: 'Export', exported: 'Overdue items exported' },
      priority: {
        title: 'Priorities', add: 'New priority', name: 'Priority', meeting: 'Set by meeting', date: 'Meeting date', description: 'Notes',
        active: 'Active', division: 'Division', activeOnly: 'Active only', empty: 'The library is empty',
      },
      avoidance: {
        title: 'Avoidance', add: 'Declare', person: 'Person', unit: 'Unit', kind: 'Reason', note: 'Details', declaredBy: 'Recorded by',
        declaredAt: 'Recorded', withdraw: 'Withdraw', confirmWithdraw: 'Withdraw this declaration?', empty: 'No declarations',
      },
      stages: {
        PREPARATION: 'Preparation', ENTRY: 'Entry', FIELDWORK: 'Fieldwork', REPORT: 'Report', FEEDBACK: 'Feedback', TRANSFER: 'Transfer',
        RECTIFICATION: 'Rectification', ASSESSMENT: 'Assessment', ARCHIVE: 'Archive',
      },
      types: {
        REGULAR: 'Regular', SPECIAL: 'Special-topic', MOBILE: 'Mobile', ESCALATED: 'Escalated', CROSS: 'Crossed', FOLLOW_UP: 'Follow-up',
        JOINT: 'Inspection-discipline-audit joint',
      },
      planStatus: { DRAFT: 'Draft', LEADING_GROUP_APPROVED: 'Approved by the leading group', APPROVED: 'Approved by the committee' },
      bodies: { LEADING_GROUP: 'Leading group', COMMITTEE: 'Committee secretary\'s meeting' },
      roles: { LEADER: 'Leader', DEPUTY: 'Deputy leader', LIAISON: 'Liaison', MEMBER: 'Member', NONRESIDENT_DEPUTY: 'Non-resident deputy leader' },
      deadlineKinds: { STAGE: 'Stage limit', RECTIFICATION_REPORT: 'Rectification report' },
      avoidanceKinds: { RELATIVE: 'A relative works there', PAST_WORK: 'Worked there before', OTHER: 'Other reason' },
    },
  },
}
