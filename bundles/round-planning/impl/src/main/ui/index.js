// The round-planning module's console entry. The Maven build (the module-ui profile of
// bundles/pom.xml) turns it into /ui/modules/round-planning/index.js inside this bundle;
// RoundPlanningUi serves it; the uiEntries of RoundPlanningDescriptor put its pages in the menu.
import { defineModule } from '@xuncha/console'
import messages from './messages.js'

export default defineModule({
  id: 'round-planning',
  messages,
  routes: [
    { path: '/terms', component: () => import('./TermsPage.vue') },
    { path: '/rounds', component: () => import('./RoundsPage.vue') },
    { path: '/rounds/overdue', component: () => import('./OverduePage.vue') },
    { path: '/rounds/avoidances', component: () => import('./AvoidancesPage.vue') },
    { path: '/rounds/history', component: () => import('./HistoryPage.vue') },
    { path: '/rounds/:id(\\d+)', component: () => import('./RoundPage.vue') },
    { path: '/priorities', component: () => import('./PrioritiesPage.vue') },
  ],
})
