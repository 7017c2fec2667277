// An import that runs as the platform's background job (ImportJobService): the file is uploaded, the job
// is polled until it ends, and the page shows progress, then the report's row errors (as Excel numbers
// rows) or what was created. The reference imports and the modules' history imports share it.
import { computed, onBeforeUnmount, ref } from 'vue'
import { api, ApiError } from './http.js'
import { pick } from './i18n.js'

/** @param statusPath the job's address without its id, e.g. '/platform/reference/imports/' */
export function useImportJob(statusPath) {
  const phase = ref('choose')
  const job = ref(null)
  const failure = ref('')
  /** The file chosen, and the page's <input type="file"> (ref="picker"), emptied on reset so the same file can be chosen again. */
  const file = ref(null)
  const picker = ref()
  let timer = null

  const percent = computed(() => (job.value?.total ? Math.min(100, Math.round((job.value.processed / job.value.total) * 100)) : 0))
  const problems = computed(() => (job.value?.report?.errors ?? []).flatMap((e) =>
    e.fields.map((f) => ({ row: e.row, field: f.field, message: pick(f.message, f.messageEn) }))))
  const errorRows = computed(() => job.value?.report?.errors?.length ?? 0)

  function reset() {
    clearTimeout(timer)
    job.value = null
    failure.value = ''
    phase.value = 'choose'
    file.value = null
    if (picker.value) picker.value.value = ''
  }

  /** The file of the input's change event, if its name ends with one of {@code endings}; else none, {@code refusal} said. */
  function choose(event, endings, refusal) {
    const f = event.target.files?.[0] ?? null
    const fits = !f || endings.some((e) => f.name.toLowerCase().endsWith(e))
    failure.value = fits ? '' : refusal
    file.value = fits ? f : null
  }

  /** Uploads the file to {@code uploadPath} and follows the job; resolves with the report once it ends well. */
  // no confirmation: the import dialog is the step: a file chosen, then 开始导入; a file with a wrong row imports nothing
  async function start(uploadPath, file) {
    phase.value = 'running'
    try {
      job.value = await api.upload(uploadPath, file)
    } catch (error) {
      phase.value = 'failed'
      failure.value = error instanceof ApiError ? error.text : String(error)
      return null
    }
    return new Promise((resolve) => follow(resolve))
  }

  async function follow(resolve) {
    try {
      job.value = await api.get(`${statusPath}${job.value.id}`)
    } catch (error) {
      phase.value = 'failed'
      failure.value = error.text ?? String(error)
      resolve(null)
      return
    }
    if (!job.value.done) {
      timer = setTimeout(() => follow(resolve), 400)
      return
    }
    phase.value = job.value.error ? 'failed' : 'done'
    if (job.value.error) failure.value = pick(job.value.error.message, job.value.error.messageEn)
    resolve(job.value.error ? null : job.value.report)
  }

  onBeforeUnmount(() => clearTimeout(timer))
  return { phase, job, failure, file, picker, percent, problems, errorRows, start, reset, choose }
}
