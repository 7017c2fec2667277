import { createRouter, createWebHistory } from 'vue-router'
import { session } from '@xuncha/console'
import { installModules } from './modules.js'
import { loadSession, watchSession } from './auth.js'
import { prefetchDashboard } from './dashboard.js'
import Layout from './views/Layout.vue'
import Login from './views/Login.vue'
import PasswordChange from './views/PasswordChange.vue'
import SecondFactor from './views/SecondFactor.vue'
import Dashboard from './views/Dashboard.vue'
import ModuleHost from './views/ModuleHost.vue'

/**
 * The shell's own routes. Module pages are added under 'layout' when their script loads; until
 * then the catch-all ModuleHost route takes their paths, loads the script and re-resolves.
 */
export function createShellRouter() {
  const router = createRouter({
    history: createWebHistory('/'),
    routes: [
      { path: '/login', name: 'login', component: Login, meta: { public: true } },
      { path: '/password', name: 'password', component: PasswordChange },
      { path: '/second-factor', name: 'second-factor', component: SecondFactor },
      {
        path: '/',
        name: 'layout',
        component: Layout,
        children: [
          { path: '', name: 'dashboard', component: Dashboard },
          { path: '/:pathMatch(.*)*', name: 'module-host', component: ModuleHost },
        ],
      },
    ],
  })
  installModules(router)
  watchSession(router)
  router.beforeEach(async (to) => {
    if (to.meta.public) return true
    if (!session.loaded && !(await loadSession(to.name === 'dashboard' ? prefetchDashboard : undefined))) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
    }
    if (session.mustChangePassword && to.name !== 'password') return { name: 'password' }
    if (!session.mustChangePassword && session.secondFactorEnrolmentRequired && to.name !== 'second-factor') return { name: 'second-factor' }
    return true
  })
  return router
}
