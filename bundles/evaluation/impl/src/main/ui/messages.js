// Keys start with the module id, so they never collide with another module's.
export default {
  'zh-CN': {
    evaluation: {
      round: '巡察轮次', pickRound: '请选择巡察轮次', roundPlanning: '巡察规划', roundsData: '巡察轮次',
      group: '巡察组', total: '总分', rank: '名次', complete: '评分完整', incomplete: '尚有指标无分值', score: '评分', value: '得分',
      note: '说明', save: '保存', saved: '已保存', publish: '发布排名', published: '排名已发布', notPublished: '本轮排名尚未发布',
      issueNotice: '印发排名通报', issueConfirm: '印发后将取本单位下一个文号，并在公文中心留存，确定印发本轮排名通报？',
      issuedNotice: '已印发：{number}', downloadIssued: '下载',
      publishedAt: '发布时间', publishedBy: '发布人', leader: '组长', noGroups: '本轮没有巡察组', chartTitle: '巡察组得分',
      talksEmpty: '没有约谈记录', reason: '约谈事由', openedAt: '建立时间', heldOn: '约谈日期', heldBy: '约谈人', said: '约谈内容',
      followUp: '后续跟进', record: '记录约谈', recorded: '已记录', notHeld: '未约谈',
      unit: '被巡察单位', grade: '等次', typicalCase: '典型案例', tasks: '整改任务', closed: '已销号', assessedBy: '评估人',
      assess: '整改评估', assessed: '已评估', assessmentsEmpty: '本轮尚无整改评估', unitId: '单位编号',
      grades: { GOOD: '好', FAIRLY_GOOD: '较好', ORDINARY: '一般', POOR: '差' },
      source: { OFFICE: '巡察办评分', LEAD_TRANSFER: '问题线索移交', INTERVIEW_RECORDS: '谈话记录', ROUND_PLANNING: '巡察规划' },
    },
  },
  en: {
    evaluation: {
      round: 'Round', pickRound: 'Choose a round', roundPlanning: 'Round planning', roundsData: 'rounds',
      group: 'Group', total: 'Total', rank: 'Rank', complete: 'Complete', incomplete: 'Some indicators have no value', score: 'Score', value: 'Value',
      note: 'Note', save: 'Save', saved: 'Saved', publish: 'Publish ranking', published: 'Ranking published', notPublished: 'Not published yet',
      issueNotice: 'Issue the ranking notice', issueConfirm: 'Issuing takes the office\'s next document number and keeps the notice in the document centre. Issue the notice of this round?',
      issuedNotice: 'Issued: {number}', downloadIssued: 'Download',
      publishedAt: 'Published at', publishedBy: 'Published by', leader: 'Leader', noGroups: 'The round has no groups', chartTitle: 'Group totals',
      talksEmpty: 'No talk records', reason: 'Reason', openedAt: 'Opened', heldOn: 'Held on', heldBy: 'Held by', said: 'What was said',
      followUp: 'Follow-up', record: 'Record talk', recorded: 'Recorded', notHeld: 'Not held yet',
      unit: 'Unit', grade: 'Grade', typicalCase: 'Typical case', tasks: 'Tasks', closed: 'Closed', assessedBy: 'Assessed by',
      assess: 'Assess', assessed: 'Assessed', assessmentsEmpty: 'No assessments for this round', unitId: 'Unit id',
      grades: { GOOD: 'Good', FAIRLY_GOOD: 'Fairly good', ORDINARY: 'Ordinary', POOR: 'Poor' },
      source: { OFFICE: 'Office', LEAD_TRANSFER: 'Lead transfer', INTERVIEW_RECORDS: 'Interview records', ROUND_PLANNING: 'Round planning' },
    },
  },
}
