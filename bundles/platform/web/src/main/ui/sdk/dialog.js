// The routine of every form that saves something: checked as the user types, sent, the server's
// field errors shown at their fields, a success message, the dialog closed, the page reloaded.
import { nextTick, reactive, toRaw } from 'vue'
import { ElMessage } from 'element-plus'
import { useServerErrors } from './forms.js'
import { t } from './i18n.js'

/**
 * A form in a dialog (or in the page) that saves:
 *
 *   const editing = useSaveDialog({
 *     fields: { id: null, name: '', version: null },      // the blank form, or a function returning it
 *     save: (form) => (form.id ? api.put(`/x/${form.id}`, form) : api.post('/x', form)),
 *     success: (saved, form) => t(form.id ? 'common.saved' : 'common.created'),   // a message key or a function; null: none
 *     saved: () => list.fetch(),                           // after the dialog closed: reload, navigate...
 *   })
 *
 *   <el-button @click="editing.open()">             // editing.open(row) edits a record: its values of the fields
 *   <el-dialog v-model="editing.visible">
 *     <el-form :ref="editing.formRef" :model="editing.form" :rules="formRules" @submit.prevent="editing.submit()">
 *       <el-form-item prop="name" :error="editing.errors.name">
 *     <el-button type="primary" :loading="editing.saving" @click="editing.submit()">
 *
 * @param options.fields   the blank form (copied for every opening)
 * @param options.save     (form) => Promise<result>: the API call
 * @param options.success  message key (default 'common.saved') or (result, form) => text; null for none
 * @param options.saved    (result, form) => any: after a save, once the dialog is closed
 * @param options.aliases  server field name → form key, where they differ (see useServerErrors)
 * @param options.failed   (error, serverErrors) => void: instead of showing the server's errors at the fields
 */
export function useSaveDialog({ fields = {}, save, success = 'common.saved', saved, aliases, failed } = {}) {
  const blank = typeof fields === 'function' ? fields : () => structuredClone(toRaw(fields))
  const form = reactive(blank())
  const server = useServerErrors(form, aliases)
  let formEl = null

  const dialog = reactive({
    visible: false,
    saving: false,
    form,
    /** The server's message per field, for :error on each el-form-item. */
    errors: server.errors,
    /** For the el-form: :ref="dialog.formRef" (the form is checked before saving). */
    formRef: (el) => {
      formEl = el
    },
    /**
     * A blank form with values over it, no server errors, no marks of an earlier check. Only the
     * form's own fields are taken from values (a table row has more, which the API would refuse).
     */
    async reset(values) {
      const fresh = blank()
      Object.assign(form, fresh, values ? Object.fromEntries(Object.keys(fresh).filter((k) => Object.hasOwn(values, k)).map((k) => [k, values[k]])) : {})
      server.clear()
      await nextTick()
      dialog.clearValidate()
    },
    /** Opens the dialog on a blank form, or on values (the record to edit). */
    open(values) {
      dialog.visible = true
      return dialog.reset(values)
    },
    close() {
      dialog.visible = false
    },
    /** Clears the marks of the form's check (of some fields: a prop name or a list). */
    clearValidate(fields) {
      formEl?.clearValidate(fields)
    },
    /** Checks the form, saves it; resolves to the saved result, or undefined when nothing was saved. */
    async submit() {
      if (formEl && !(await formEl.validate().catch(() => false))) return undefined
      dialog.saving = true
      let result
      try {
        result = await save(form)
      } catch (error) {
        if (failed) failed(error, server)
        else server.apply(error)
        return undefined
      } finally {
        dialog.saving = false
      }
      const text = typeof success === 'function' ? success(result, form) : success ? t(success) : null
      if (text) ElMessage.success(text)
      dialog.visible = false
      await saved?.(result, form)
      return result
    },
  })
  return dialog
}
