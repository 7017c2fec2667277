// Builds everything the web bundle serves, into target/generated-resources/webroot:
//   /index.html                  the shell's page (served at / and for every console route)
//   /ui/shell/assets/*           the shell, content-hashed
//   /ui/lib/*.js                 the shared libraries' stable names (module builds point at them): each
//                                only re-exports its content-hashed file under /ui/lib/chunks/
//   /ui/lib/chunks/*             the libraries' code and Element Plus's style sheet, content-hashed
//   *.gz, *.br                   precompressed copies, sent by CacheHeadersFilter for Accept-Encoding
//   /ui/modules/platform|security/index.js  the platform's own pages, built like any module's
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'vite'
import vue from '@vitejs/plugin-vue'
import { DEFINES, SHARED, sharedLibraries, WEB_DIR } from './shared.mjs'
import { buildModule } from './module-build.mjs'
import { hashedFile, libraryStub, precompress } from './assets.mjs'
import { elementPlusChunks, elementPlusComponents } from './element-plus.mjs'

const UI = path.join(WEB_DIR, 'src', 'main', 'ui')
const OUT = path.resolve(process.argv[2] || path.join(WEB_DIR, 'target', 'generated-resources', 'webroot'))
const started = Date.now()

fs.rmSync(OUT, { recursive: true, force: true })

// 1. Shared libraries: one multi-entry build, so entries that use each other (Element Plus and
//    the SDK use Vue) share one copy through common chunks.
const entries = Object.fromEntries(Object.values(SHARED).map((url) => {
  const name = path.basename(url, '.js')
  return [name, path.join(UI, 'lib', name + '.js')]
}))
const libraries = await build({
  configFile: false,
  root: UI,
  logLevel: 'warn',
  plugins: [vue(), elementPlusComponents()],
  define: DEFINES,
  build: {
    outDir: path.join(OUT, 'ui', 'lib'),
    emptyOutDir: true,
    minify: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2500,
    // Every file gets a content hash (long-lived caching); the stable names are written below.
    lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `chunks/${name}-[hash].js` },
    rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', codeSplitting: elementPlusChunks() } },
  },
})
const stray = fs.readdirSync(path.join(OUT, 'ui', 'lib')).filter((f) => f.endsWith('.css'))
if (stray.length) {
  // Nothing would load it: the SDK's components style themselves with Element Plus classes only.
  console.error(`xuncha console build: the shared libraries emitted ${stray.join(', ')}; keep styles out of src/main/ui/sdk`)
  process.exit(1)
}
for (const chunk of [libraries].flat().flatMap((r) => r.output).filter((c) => c.type === 'chunk' && c.isEntry)) {
  fs.writeFileSync(path.join(OUT, 'ui', 'lib', chunk.name + '.js'), libraryStub(chunk.fileName.replace(/^chunks\//, './chunks/'), chunk.exports))
}
const styles = hashedFile(path.join(WEB_DIR, 'node_modules', 'element-plus', 'dist', 'index.css'),
  path.join(OUT, 'ui', 'lib', 'chunks'), 'element-plus')

// 2. The shell: an ordinary app build whose shared imports stay external.
await build({
  configFile: false,
  root: path.join(UI, 'shell'),
  base: '/ui/shell/',
  logLevel: 'warn',
  plugins: [sharedLibraries(), vue()],
  define: DEFINES,
  build: {
    outDir: path.join(OUT, 'ui', 'shell'),
    emptyOutDir: true,
    reportCompressedSize: false,
    modulePreload: { polyfill: false },
  },
})
const page = fs.readFileSync(path.join(OUT, 'ui', 'shell', 'index.html'), 'utf8')
if (!page.includes('/ui/lib/element-plus.css')) {
  console.error('xuncha console build: shell/index.html no longer links /ui/lib/element-plus.css')
  process.exit(1)
}
fs.writeFileSync(path.join(OUT, 'index.html'), page.replace('/ui/lib/element-plus.css', '/ui/lib/chunks/' + styles))
fs.rmSync(path.join(OUT, 'ui', 'shell', 'index.html'))

// 3. The platform's pages, through the same path a module's pages take.
for (const id of ['platform', 'security']) {
  await buildModule({ id, src: path.join(UI, 'modules', id), out: OUT })
}

const packed = precompress(OUT)
console.log(`xuncha console: ${packed.files} files precompressed, ${(packed.raw / 1024).toFixed(0)} KiB → `
  + `${(packed.br / 1024).toFixed(0)} KiB brotli, ${(packed.gz / 1024).toFixed(0)} KiB gzip`)
console.log(`xuncha console: built ${OUT} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
