// Builds one module's console entry: src/main/ui/index.js → <out>/ui/modules/<id>/index.js, an ES
// module whose shared imports point at /ui/lib/*.js and whose CSS is inside it.
import path from 'node:path'
import { build } from 'vite'
import vue from '@vitejs/plugin-vue'
import { cssIntoEntry, DEFINES, requireFile, sharedLibraries } from './shared.mjs'

export async function buildModule({ id, src, out }) {
  if (!/^[a-z][a-z0-9-]*$/.test(id || '')) {
    console.error(`xuncha console build: module id "${id}" must be lower case letters, digits and dashes`)
    process.exit(1)
  }
  const entry = path.join(src, 'index.js')
  requireFile(entry, `entry of module ${id}`)
  await build({
    configFile: false,
    root: src,
    logLevel: 'warn',
    plugins: [sharedLibraries(), vue(), cssIntoEntry(id)],
    define: DEFINES,
    build: {
      outDir: path.join(out, 'ui', 'modules', id),
      emptyOutDir: true,
      minify: true,
      reportCompressedSize: false,
      // cssFileName: a module has no package.json name to call its CSS after; cssIntoEntry moves the CSS into index.js anyway
      lib: { entry, formats: ['es'], fileName: () => 'index.js', cssFileName: id },
      rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  })
}
