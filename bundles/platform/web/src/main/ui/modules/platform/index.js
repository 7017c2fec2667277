// The platform's reference-data pages, built and loaded exactly like a module's pages.
import { defineModule } from '@xuncha/console'
import messages from './messages.js'

export default defineModule({
  id: 'platform',
  messages,
  routes: [
    { path: '/reference/units', component: () => import('./UnitsPage.vue') },
    { path: '/reference/persons', component: () => import('./PersonsPage.vue') },
    { path: '/reference/divisions', component: () => import('./DivisionsPage.vue') },
    { path: '/documents', component: () => import('./DocumentsPage.vue') },
  ],
})
