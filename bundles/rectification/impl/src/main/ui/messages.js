// Keys start with the module id, so they never collide with another module's.
export default {
  'zh-CN': {
    rectification: {
      title: '整改台账', unit: '被巡察单位', round: '巡察轮次', feedbackDate: '反馈日期', reportsDue: '报告时限',
      unitReport: '整改报告', leaderReport: '主要负责人报告', principalLeader: '主要负责人', tasks: '整改任务', closed: '已销号',
      overdue: '逾期', reportsOverdueOnly: '只看报告逾期', export: '导出', exported: '整改台账已导出', empty: '没有整改台账',
      reportStatus: { PENDING: '未到期', OVERDUE: '逾期未报', RECEIVED: '已按期报送', RECEIVED_LATE: '逾期报送' },
    },
  },
  en: {
    rectification: {
      title: 'Rectification ledgers', unit: 'Unit', round: 'Round', feedbackDate: 'Feedback', reportsDue: 'Reports due',
      unitReport: 'Unit report', leaderReport: "Leader's report", principalLeader: 'Principal leader', tasks: 'Tasks', closed: 'Closed',
      overdue: 'Overdue', reportsOverdueOnly: 'Overdue reports only', export: 'Export', exported: 'Ledger exported', empty: 'No ledgers',
      reportStatus: { PENDING: 'Not yet due', OVERDUE: 'Overdue', RECEIVED: 'Received in time', RECEIVED_LATE: 'Received late' },
    },
  },
}
