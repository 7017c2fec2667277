// The evaluation module's console entry: built by the module-ui profile of bundles/pom.xml into
// /ui/modules/evaluation/index.js inside the bundle; EvaluationUi serves it; the uiEntries in
// EvaluationDescriptor put the pages in the menu.
import { defineModule } from '@xuncha/console'
import messages from './messages.js'

export default defineModule({
  id: 'evaluation',
  messages,
  routes: [
    { path: '/evaluation/sheet', component: () => import('./SheetPage.vue') },
    { path: '/evaluation/ranking', component: () => import('./RankingPage.vue') },
    { path: '/evaluation/talks', component: () => import('./TalksPage.vue') },
    { path: '/evaluation/assessments', component: () => import('./AssessmentsPage.vue') },
  ],
})
