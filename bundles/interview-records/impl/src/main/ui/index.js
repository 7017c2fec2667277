// The interview-records module's console entry. The Maven build (the module-ui profile of
// bundles/pom.xml) turns it into /ui/modules/interview-records/index.js inside this bundle;
// InterviewUi serves it; the uiEntries of InterviewDescriptor put the pages in the menu.
import { defineModule } from '@xuncha/console'
import messages from './messages.js'

export default defineModule({
  id: 'interview-records',
  messages,
  routes: [
    { path: '/interviews/plans', component: () => import('./PlansPage.vue') },
    { path: '/interviews/plans/:id', component: () => import('./PlanPage.vue') },
    { path: '/interviews/records', component: () => import('./RecordsPage.vue') },
    { path: '/interviews/records/:id', component: () => import('./RecordPage.vue') },
    { path: '/interviews/letters', component: () => import('./LettersPage.vue') },
    { path: '/interviews/dossiers', component: () => import('./DossierPage.vue') },
    { path: '/interviews/templates', component: () => import('./TemplatesPage.vue') },
  ],
})
