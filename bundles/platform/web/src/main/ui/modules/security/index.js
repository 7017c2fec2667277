// The three administrators' pages (三员分立): accounts for the system administrator, roles and
// grants for the security administrator, the audit trail for the security auditor.
import { defineModule } from '@xuncha/console'
import messages from './messages.js'

export default defineModule({
  id: 'security',
  messages,
  routes: [
    { path: '/security/users', component: () => import('./UsersPage.vue') },
    { path: '/security/roles', component: () => import('./RolesPage.vue') },
    { path: '/security/audit', component: () => import('./AuditPage.vue') },
    { path: '/security/backup', component: () => import('./BackupPage.vue') },
  ],
})
