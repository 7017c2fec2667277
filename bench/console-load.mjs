// bench (i): the web console's first load of the home page, as an office user's browser meets it.
//   node bench/console-load.mjs <base URL> <curl cookie jar of a signed-in session> <web dir>
// Prints one JSON object: bytes over the wire (every response's encoded length, headers included)
// and the time from the navigation's start until the first frame that shows one of the home page's figures
// (by the page's clock), first with an empty cache,
// then again with the cache of the first load (what a user's next visit costs).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'

const [base, jar, web] = process.argv.slice(2)
const { chromium } = createRequire(path.join(web, 'package.json'))('playwright-core')
const host = new URL(base).hostname

// curl's Netscape cookie file: domain, subdomains, path, secure, expiry, name, value ("#HttpOnly_" marks HttpOnly)
const cookies = fs.readFileSync(jar, 'utf8').split('\n')
  .filter((l) => l.trim() && (!l.startsWith('#') || l.startsWith('#HttpOnly_')))
  .map((l) => l.replace(/^#HttpOnly_/, '').split('\t'))
  .filter((f) => f.length >= 7)
  .map(([, , p, secure, , name, value]) => ({ name, value, domain: host, path: p, secure: secure === 'TRUE', httpOnly: true }))

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'xuncha-bench-chromium-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.XUNCHA_CHROMIUM || '/usr/bin/chromium', headless: true, viewport: { width: 1440, height: 900 },
})
try {
  await context.addCookies(cookies)
  const page = context.pages()[0] ?? await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  let bytes = 0
  let files = 0
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; files++ })

  async function load() {
    bytes = 0
    files = 0
    await page.goto(base + '/', { waitUntil: 'commit' })
    // Checked in the page on every animation frame, and timed by the page's clock from the navigation's start:
    // Playwright's own waitFor polls at growing intervals (up to 500 ms), which added up to half a second to
    // the time until the figures showed (up to 2026-12-07 12:05; the figures before then were so measured).
    const shown = await page.waitForFunction(() => {
      const el = document.querySelector('[data-test^="figure-"]')
      if (!el) return false
      const box = el.getBoundingClientRect()
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden' && Math.round(performance.now())
    }, null, { polling: 'raf', timeout: 60000 })
    const interactive = await shown.jsonValue()
    await page.waitForLoadState('networkidle')
    return { bytes, files, interactive_ms: interactive }
  }
  const first = await load()
  const again = await load()
  console.log(JSON.stringify({ first, again }))
} finally {
  await context.close()
  fs.rmSync(profile, { recursive: true, force: true })
}
