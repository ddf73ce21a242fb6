// Debian's Chromium driven by playwright-core (never a downloaded browser), with the flags this
// network needs, and axe-core injected into each page. Every page a test opens fails the test on
// a console error, an uncaught exception or a failed request to SENDhub itself.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium } from 'playwright-core'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

const chromiumFlags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'
]

// launch() gives Chromium a new, empty profile directory of its own and removes it afterwards.
export async function launchBrowser () {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: chromiumFlags
  })
  return { browser, close: () => browser.close() }
}

// A browser context with problem tracking; javaScriptEnabled false checks the no-JS experience.
export async function openContext (browser, baseURL, { javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled })
  const problems = []
  context.on('page', (page) => watch(page, baseURL, problems))
  return { context, problems }
}

function watch (page, baseURL, problems) {
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`) })
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`))
  page.on('requestfailed', (req) => {
    if (req.url().startsWith(baseURL)) problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`)
  })
}

// Runs axe-core for WCAG 2.2 A and AA plus best practice; returns readable violations.
export async function accessibilityViolations (page) {
  // Evaluated through the DevTools protocol, so SENDhub's Content Security Policy stays in force
  // for the page itself.
  await page.evaluate(axeSource)
  const results = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    return await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }
    })
  })
  return results.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`)
}
