// The lead-transfer module's console entry: built by the module-ui profile of bundles/pom.xml into
// /ui/modules/lead-transfer/index.js inside this bundle, served by LeadTransferUi, put in the menu by
// the uiEntries of LeadTransferDescriptor.
import { defineModule } from '@xuncha/console'
import messages from './messages.js'

export default defineModule({
  id: 'lead-transfer',
  messages,
  routes: [
    { path: '/problems', component: () => import('./ProblemsPage.vue') },
    { path: '/leads', component: () => import('./LeadsPage.vue') },
    { path: '/leads/statistics', component: () => import('./StatisticsPage.vue') },
    { path: '/joint-operations', component: () => import('./JointOperationsPage.vue') },
    { path: '/consultations', component: () => import('./ConsultationsPage.vue') },
    { path: '/leads/history', component: () => import('./HistoryPage.vue') },
  ],
})
