// The rectification module's console entry: built by the module-ui profile of bundles/pom.xml into
// /ui/modules/rectification/index.js inside the bundle; RectificationUi serves it; the uiEntries in
// RectificationDescriptor put the pages in the menu.
import { defineModule } from '@xuncha/console'
import messages from './messages.js'

export default defineModule({
  id: 'rectification',
  messages,
  routes: [
    { path: '/rectification/ledgers', component: () => import('./LedgersPage.vue') },
    { path: '/rectification/reviews', component: () => import('./ReviewsPage.vue') },
    { path: '/rectification/handovers', component: () => import('./HandoversPage.vue') },
    { path: '/rectification/joint-reviews', component: () => import('./JointReviewsPage.vue') },
    { path: '/rectification/reconciliations', component: () => import('./ReconciliationsPage.vue') },
    { path: '/rectification/assignments', component: () => import('./AssignmentsPage.vue') },
    { path: '/rectification/letters', component: () => import('./LettersPage.vue') },
    { path: '/rectification/statistics', component: () => import('./StatisticsPage.vue') },
  ],
})
