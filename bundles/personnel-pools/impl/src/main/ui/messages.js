// Keys start with the module id, so they never collide with another module's.
export default {
  'zh-CN': {
    'personnel-pools': {
      title: '巡察干部人才库', pool: '人才库', status: '状态', specialty: '专长', name: '姓名', rank: '职级', unit: '工作单位',
      source: '来源', since: '入库时间', served: '参加巡察（轮）', reason: '入库理由', export: '导出名单', exported: '名单已导出',
      empty: '没有符合条件的人员', text: '姓名包含',
      poolKind: { LEADER: '组长库', DEPUTY: '副组长库', LIAISON: '联络员库', MEMBER: '巡察干部库', NONRESIDENT_DEPUTY: '不驻组副组长库', TRAINER: '巡察师资库' },
      entryStatus: { PENDING_ADMISSION: '待审批入库', ACTIVE: '在库', PENDING_EXIT: '待审批出库', EXITED: '已出库', REJECTED: '未获批准' },
    },
  },
  en: {
    'personnel-pools': {
      title: 'Personnel pools', pool: 'Pool', status: 'Status', specialty: 'Specialty', name: 'Name', rank: 'Rank', unit: 'Unit',
      source: 'Source', since: 'Since', served: 'Rounds served', reason: 'Reason', export: 'Export list', exported: 'List exported',
      empty: 'Nobody matches', text: 'Name contains',
      poolKind: { LEADER: 'Group leaders', DEPUTY: 'Deputy leaders', LIAISON: 'Liaisons', MEMBER: 'Inspection cadres', NONRESIDENT_DEPUTY: 'Non-resident deputies', TRAINER: 'Trainers' },
      entryStatus: { PENDING_ADMISSION: 'Admission pending', ACTIVE: 'In the pool', PENDING_EXIT: 'Exit pending', EXITED: 'Exited', REJECTED: 'Rejected' },
    },
  },
}
