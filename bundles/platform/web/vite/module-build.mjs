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
      // cssFileName: without a package.json next to the entry Vite refuses to name the CSS it then
      // folds into the entry (cssIntoEntry), so a module page with a <style> block would not build
      lib: { entry, formats: ['es'], fileName: () => 'index.js', cssFileName: 'style' },
      rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  })
}
