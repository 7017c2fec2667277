// What a module bundle's Maven build runs (see the module-ui profile in bundles/pom.xml):
//   node bundles/platform/web/vite/build-module.mjs <module-id> <src/main/ui> <output dir>
// It uses the web console's node_modules, so a build installs npm packages once.
import path from 'node:path'
import { buildModule } from './module-build.mjs'

const [id, src, out] = process.argv.slice(2)
if (!id || !src || !out) {
  console.error('usage: node build-module.mjs <module-id> <source dir> <output dir>')
  process.exit(2)
}
await buildModule({ id, src: path.resolve(src), out: path.resolve(out) })
console.log(`xuncha console: built module ${id} → ${path.join(path.resolve(out), 'ui', 'modules', id, 'index.js')}`)
