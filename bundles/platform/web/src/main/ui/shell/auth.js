// Signing in and out, and what happens when the server says the session is over.
import { ElMessage } from 'element-plus'
import { api, onApiError, setSession, session, t } from '@xuncha/console'
import { startWatching, stopWatching } from './modules.js'
import { clearTodo } from './todo.js'

/** The password just used to sign in, kept in memory only until the forced change uses it. */
let pendingOldPassword = null

export function takePendingOldPassword() {
  const value = pendingOldPassword
  pendingOldPassword = null
  return value
}

/**
 * Reads GET /api/auth/me; false if nobody is signed in. whenSignedIn runs once the session is known, before the
 * module list is read (the home page starts its own reads there).
 */
export async function loadSession(whenSignedIn) {
  try {
    setSession(await api.get('/auth/me'))
    if (!session.mustChangePassword && !session.secondFactorEnrolmentRequired) {
      whenSignedIn?.()
      await startWatching()
    }
    return true
  } catch {
    setSession(null)
    return false
  }
}

// no confirmation: the user's own sign-in
export async function login(form) {
  const body = { username: form.username.trim(), password: form.password }
  if (form.totp) body.totp = form.totp.trim()
  const result = await api.post('/auth/login', body)
  if (result?.mustChangePassword) pendingOldPassword = form.password
  clearTodo() // the previous user's count is not this one's
  await loadSession()
}

// no confirmation: the user's own sign-out
export async function logout(router) {
  try {
    await api.post('/auth/logout')
  } catch {
    // the session may already be gone; signing out locally is what matters
  }
  stopWatching()
  clearTodo()
  setSession(null)
  ElMessage.success(t('shell.loggedOut'))
  await router.push({ name: 'login' })
}

/** A 401 anywhere but the sign-in form ends the session; a forced password change redirects. */
export function watchSession(router) {
  onApiError((error) => {
    if (error.status === 401 && !error.path.startsWith('/auth/login') && session.loaded) {
      stopWatching()
      setSession(null)
      ElMessage.warning({ message: t('shell.sessionExpired'), grouping: true })
      router.push({ name: 'login', query: { redirect: router.currentRoute.value.fullPath } })
    } else if (error.status === 403 && error.code === 'password_change_required') {
      session.mustChangePassword = true
      router.push({ name: 'password' })
    } else if (error.status === 403 && error.code === 'second_factor_enrolment_required') {
      session.secondFactorEnrolmentRequired = true
      router.push({ name: 'second-factor' })
    }
  })
}
