// Keys under the module id, so they never collide with another module's. Pages read them with
// translator('lead-transfer'); the vocabulary's names come from the server (vocabulary.js).
export default {
  'zh-CN': {
    'lead-transfer': {
      round: '巡察轮次', group: '巡察组', unit: '被巡察单位', category: '问题类别', topLeader: '涉及一把手', status: '状态',
      foundOn: '发现日期', createdBy: '登记人', description: '问题描述', detail: '详情', id: '编号', none: '（无）',
      pickRound: '请先选择巡察轮次', pickGroup: '请先选择巡察组', roundPlanning: '巡察规划与轮次', roundsData: '巡察轮次和巡察组',
      problems: {
        add: '登记问题', edit: '修改问题底稿', created: '问题底稿已登记', descriptionHint: '写明问题事实、时间、涉及金额等',
        topLeaderHint: '问题涉及被巡察单位主要负责人', approvals: '审核记录', evidence: '证据材料', upload: '上传证据材料',
        uploaded: '证据材料已上传', noEvidence: '尚无证据材料', submit: '组长审核报送', officeReview: '巡察办审核',
        decide: '领导小组审定', decision: '审核结论', opinion: '意见', done: '已办理', raiseLead: '形成问题线索',
        step: '环节', actor: '办理人', actedAt: '时间', source: '来源', title: '问题底稿', approve: '同意', return: '退回',
        returnNeedsOpinion: '退回时须写明意见',
      },
      leads: {
        person: '反映对象', personName: '反映对象姓名', personPost: '职务', personRank: '职级', summary: '线索摘要',
        raised: '问题线索已登记', receiver: '移交对象', receiverKind: '移交对象类别', receiverName: '移交部门名称',
        receiverNameHint: '移交其他部门时填写，如：市公安局', documentNumber: '移交文号', documentHint: '如：聊巡办移〔2026〕17号',
        transferredOn: '移交日期', feedbackDue: '反馈期限', overdueDays: '逾期{days}天', overdueOnly: '只看逾期未反馈',
        transfer: '移交', acknowledge: '签收', acknowledgedOn: '签收日期', disposal: '反馈处置方式', method: '处置方式',
        reportedOn: '反馈日期', note: '说明', outcome: '反馈处理结果', kind: '处理结果类别', grade: '处分种类', people: '人数',
        decidedOn: '决定日期', conclude: '办结', concludedOn: '办结日期', export: '导出台账', exported: '台账已导出',
        disposals: '处置情况', outcomes: '处理结果', fromProblem: '来自问题底稿', saved: '已办理',
        peopleInvalid: '人数应为1至999', legend: '红色底纹：已超过反馈期限仍未反馈处置情况', title: '问题线索',
        receiverNameRequired: '移交其他部门时须写明部门名称', gradeRequired: '党纪处分须写明处分种类',
      },
      joint: {
        name: '联动名称', disciplineProject: '纪检监察项目', auditProject: '审计项目', period: '起止日期', problemsFound: '发现问题',
        leadsTransferred: '移交线索', problemsBroughtIn: '移入问题', leadsBroughtIn: '移入线索', visits: '进点安排',
      },
      consult: { heldOn: '会商日期', subject: '会商议题', attendees: '参会人员', conclusion: '研判结论', items: '问题/线索', office: '巡察办' },
      stats: {
        year: '年度', problemsFound: '发现问题（审定）', topLeaderProblems: '涉及一把手问题', leadsTransferred: '移交问题线索',
        topLeaderLeads: '涉及一把手线索', peopleHandled: '处理处分人次', prosecuted: '移送司法人数', selfSurrendered: '主动投案人数',
        overdueLeads: '逾期未反馈线索', byCategory: '发现问题（按问题类别）', byReceiver: '移交线索（按移交对象）',
        byDisposal: '线索处置（按处置方式）', byKind: '处理人数（按处理结果类别）', empty: '暂无数据',
      },
    },
  },
  en: {
    'lead-transfer': {
      round: 'Round', group: 'Group', unit: 'Unit', category: 'Category', topLeader: 'Top leader', status: 'Status',
      foundOn: 'Found on', createdBy: 'Recorded by', description: 'Description', detail: 'Details', id: 'No.', none: '(none)',
      pickRound: 'Choose a round first', pickGroup: 'Choose a group first', roundPlanning: 'Round planning',
      roundsData: 'the rounds and groups',
      problems: {
        add: 'Record a problem', edit: 'Edit problem', created: 'Problem recorded', descriptionHint: 'Facts, dates, amounts involved...',
        topLeaderHint: "Concerns the unit's principal leader", approvals: 'Approvals', evidence: 'Evidence', upload: 'Upload evidence',
        uploaded: 'Evidence uploaded', noEvidence: 'No evidence yet', submit: 'Sign off for the group', officeReview: 'Office review',
        decide: "Leading group's decision", decision: 'Decision', opinion: 'Opinion', done: 'Done', raiseLead: 'Raise a lead',
        step: 'Step', actor: 'By', actedAt: 'Time', source: 'Source', title: 'Problem', approve: 'Approve', return: 'Return',
        returnNeedsOpinion: 'An opinion is required when returning',
      },
      leads: {
        person: 'Person concerned', personName: 'Name of the person concerned', personPost: 'Post', personRank: 'Rank', summary: 'Summary',
        raised: 'Lead registered', receiver: 'Receiver', receiverKind: 'Receiver kind', receiverName: 'Department',
        receiverNameHint: 'For another department, e.g. the city police', documentNumber: 'Document number', documentHint: 'e.g. 聊巡办移〔2026〕17号',
        transferredOn: 'Transferred on', feedbackDue: 'Feedback due', overdueDays: '{days} days overdue',
        overdueOnly: 'Overdue only', transfer: 'Transfer', acknowledge: 'Acknowledge', acknowledgedOn: 'Acknowledged on',
        disposal: 'Report disposal', method: 'Disposal method', reportedOn: 'Reported on', note: 'Note', outcome: 'Report outcome',
        kind: 'Outcome kind', grade: 'Sanction grade', people: 'People', decidedOn: 'Decided on', conclude: 'Conclude',
        concludedOn: 'Concluded on', export: 'Export ledger', exported: 'Ledger exported', disposals: 'Disposals', outcomes: 'Outcomes',
        fromProblem: 'From problem', saved: 'Done', peopleInvalid: 'People must be 1 to 999',
        legend: 'Red rows: past the feedback deadline without a disposal report', title: 'Lead',
        receiverNameRequired: 'Name the department the lead goes to', gradeRequired: 'A Party sanction needs its grade',
      },
      joint: {
        name: 'Name', disciplineProject: 'Discipline project', auditProject: 'Audit project', period: 'Period', problemsFound: 'Problems found',
        leadsTransferred: 'Leads transferred', problemsBroughtIn: 'Problems brought in', leadsBroughtIn: 'Leads brought in', visits: 'Visits',
      },
      consult: { heldOn: 'Held on', subject: 'Subject', attendees: 'Attendees', conclusion: 'Conclusion', items: 'Problems / leads', office: 'Office' },
      stats: {
        year: 'Year', problemsFound: 'Problems found (approved)', topLeaderProblems: 'Problems about top leaders',
        leadsTransferred: 'Leads transferred', topLeaderLeads: 'Leads about top leaders', peopleHandled: 'People handled (person-times)',
        prosecuted: 'Handed to prosecutors', selfSurrendered: 'Turned themselves in', overdueLeads: 'Leads overdue for feedback',
        byCategory: 'Problems found by category', byReceiver: 'Leads transferred by receiver', byDisposal: 'Leads by disposal method',
        byKind: 'People by outcome kind', empty: 'No data',
      },
    },
  },
}
