// Runs `npm ci` unless node_modules was installed from this very package-lock.json: local builds
// reuse it, a clean checkout (CI) installs. One install per build; module bundles reuse it.
import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const lock = fs.readFileSync(path.join(web, 'package-lock.json'))
const digest = createHash('sha256').update(lock).digest('hex')
const stamp = path.join(web, 'node_modules', '.xuncha-lock-sha256')

if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === digest) {
  console.log('xuncha console: node_modules matches package-lock.json, npm ci skipped')
  process.exit(0)
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: web, stdio: 'inherit' })
if (result.status !== 0) {
  console.error('xuncha console: npm ci failed' + (result.error ? `: ${result.error.message}` : ''))
  process.exit(result.status || 1)
}
fs.writeFileSync(stamp, digest + '\n')
