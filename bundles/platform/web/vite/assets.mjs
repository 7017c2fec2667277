// What the console build does to its output for caching and for the wire (issue 20, a light console).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

/**
 * The file at a shared library's stable name (/ui/lib/vue.js, …): module bundles are built against
 * these names and must keep working across platform updates, so the name cannot carry a hash. It
 * only re-exports the hashed file, which the browser keeps for a year; the stub itself is
 * revalidated (a few dozen bytes, answered 304 while unchanged). Every importer gets the same
 * module instance: the hashed URL is loaded once, whoever imports it.
 */
export function libraryStub(hashedPath, exportNames) {
  const from = JSON.stringify(hashedPath)
  const lines = [`export * from ${from}`]
  if (exportNames.includes('default')) lines.push(`export { default } from ${from}`)
  return lines.join('\n') + '\n'
}

/** Copies a file into dir under name-<hash>.ext; returns the new file name. */
export function hashedFile(source, dir, name) {
  const bytes = fs.readFileSync(source)
  const hash = crypto.createHash('sha256').update(bytes).digest('base64url').slice(0, 8)
  const file = `${name}-${hash}${path.extname(source)}`
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, file), bytes)
  return file
}

const PACKED = new Set(['.js', '.css', '.html', '.svg', '.json', '.map'])

/**
 * Writes file.gz and file.br beside every text file of 1 KiB or more under dir, once at build time
 * (maximum compression costs seconds here, never per request). Files that would not shrink by a
 * tenth are left alone. Returns the totals for the build log.
 */
export function precompress(dir) {
  const totals = { files: 0, raw: 0, gz: 0, br: 0 }
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath ?? entry.path, entry.name)
    if (!entry.isFile() || !PACKED.has(path.extname(file))) continue
    const bytes = fs.readFileSync(file)
    if (bytes.length < 1024) continue
    const gz = zlib.gzipSync(bytes, { level: 9 })
    const br = zlib.brotliCompressSync(bytes, { params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    } })
    if (gz.length > bytes.length * 0.9) continue
    fs.writeFileSync(file + '.gz', gz)
    fs.writeFileSync(file + '.br', br)
    totals.files++
    totals.raw += bytes.length
    totals.gz += gz.length
    totals.br += br.length
  }
  return totals
}
