// Who is signed in: the answer of GET /api/auth/me, shared by the shell and every module page.
import { reactive } from 'vue'

export const session = reactive({
  loaded: false,
  user: null,
  roles: [],
  permissions: [],
  /** Division codes the user's data scope covers; null means every division. */
  divisions: null,
  mustChangePassword: false,
  /** An administrator without the second factor: may only enrol it (then the session is a full one). */
  secondFactorEnrolmentRequired: false,
})

/** True when the signed-in user holds the permission. */
export function can(permission) {
  return !permission || session.permissions.includes(permission)
}

export function setSession(me) {
  session.user = me?.user ?? null
  session.roles = me?.roles ?? []
  session.permissions = me?.permissions ?? []
  session.divisions = me?.divisions ?? null
  session.mustChangePassword = !!me?.mustChangePassword
  session.secondFactorEnrolmentRequired = !!me?.secondFactorEnrolmentRequired
  session.loaded = !!me
}
