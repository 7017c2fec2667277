// The personnel pools' console entry: built by the module-ui profile of bundles/pom.xml into
// /ui/modules/personnel-pools/index.js, served by PersonnelPoolsUi, put in the menu by the descriptor.
import { defineModule } from '@xuncha/console'
import messages from './messages.js'

export default defineModule({
  id: 'personnel-pools',
  messages,
  routes: [
    { path: '/personnel-pools', component: () => import('./PoolsPage.vue') },
    { path: '/personnel-pools/persons/:id(\\d+)', component: () => import('./ProfilePage.vue') },
    { path: '/personnel-pools/secondments', component: () => import('./SecondmentPage.vue') },
    { path: '/personnel-pools/trainings', component: () => import('./TrainingsPage.vue') },
  ],
})
