// The foundation pages, as a visitor uses them.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'

import { accessibilityViolations, launchBrowser, openContext } from './support/browser.mjs'
import { pages } from './support/pages.mjs'
import { startServer } from './support/server.mjs'
import { StartPage } from './pages/start_page.mjs'
import { AccessibilityPage } from './pages/accessibility_page.mjs'
import { CookiesPage } from './pages/cookies_page.mjs'
import { NotFoundPage } from './pages/not_found_page.mjs'

let server, chromium

before(async () => {
  server = await startServer()
  chromium = await launchBrowser()
})

after(async () => {
  await chromium?.close()
  const exit = await server?.stop()
  assert.equal(exit, 0, `the server should shut down cleanly on SIGTERM\n${server?.stderr?.() ?? ''}`)
})

// Steps -------------------------------------------------------------------------------------
async function givenIAmAVisitor (options = {}) {
  const { context, problems } = await openContext(chromium.browser, server.url, options)
  const page = await context.newPage()
  return { context, page, problems }
}

function thenThereWereNoProblems (visitor) {
  assert.deepEqual(visitor.problems, [], 'the page had console errors or failed requests')
}

async function thenThePageIsAccessible (page) {
  const violations = await accessibilityViolations(page)
  assert.deepEqual(violations, [], `axe-core found accessibility problems on ${page.url()}`)
}

// Scenarios ---------------------------------------------------------------------------------
describe('the start page', () => {
  test('explains what SENDhub is and who it is for', async () => {
    const visitor = await givenIAmAVisitor()
    const start = await new StartPage(visitor.page).visit()
    assert.equal(start.status(), 200)
    assert.match(await visitor.page.title(), /SENDhub/)
    assert.equal(await start.heading(), 'SENDhub')
    assert.equal((await start.serviceName()).trim(), 'SENDhub')
    assert.match(await start.phaseBanner(), /Alpha/)
    assert.ok((await start.parts()).includes('Local Offer directory'))
    assert.ok(await start.comingSoonTags() > 0, 'parts still being built say so')
    assert.ok((await start.localAreas()).some((text) => text.includes('City of York')))
    const footer = await start.footerLinks()
    assert.ok(footer.includes('Accessibility statement'))
    assert.ok(footer.includes('Cookies'))
    thenThereWereNoProblems(visitor)
    await visitor.context.close()
  })

  test('has a skip link that moves focus to the main content', async () => {
    const visitor = await givenIAmAVisitor()
    const start = await new StartPage(visitor.page).visit()
    await visitor.page.keyboard.press('Tab')
    assert.equal(await start.skipLink().evaluate((el) => el === document.activeElement), true)
    await visitor.page.keyboard.press('Enter')
    // The fragment navigation completes after the key press returns; wait for it rather than race it.
    await visitor.page.waitForURL(/#main-content$/, { timeout: 5000 })
    assert.match(visitor.page.url(), /#main-content$/)
    thenThereWereNoProblems(visitor)
    await visitor.context.close()
  })

  test('loads the GOV.UK styles and sends the security headers', async () => {
    const visitor = await givenIAmAVisitor()
    const start = await new StartPage(visitor.page).visit()
    const font = await visitor.page.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily)
    assert.match(font, /GDS Transport|arial/i)
    const js = await visitor.page.locator('body').evaluate((el) => el.className)
    assert.match(js, /govuk-frontend-supported/, 'the inline script allowed by the CSP hash ran')
    assert.match(start.header('content-security-policy'), /frame-ancestors 'none'/)
    assert.equal(start.header('x-content-type-options'), 'nosniff')
    assert.equal(start.header('referrer-policy'), 'no-referrer')
    thenThereWereNoProblems(visitor)
    await visitor.context.close()
  })
})

describe('the accessibility statement and cookies pages', () => {
  test('the accessibility statement says how SENDhub is tested', async () => {
    const visitor = await givenIAmAVisitor()
    const statement = await new AccessibilityPage(visitor.page).visit()
    assert.equal(await statement.heading(), 'Accessibility statement')
    assert.match(await visitor.page.locator('main').innerText(), /axe-core/)
    await visitor.context.close()
  })

  test('the cookies page lists the essential cookies', async () => {
    const visitor = await givenIAmAVisitor()
    const cookies = await new CookiesPage(visitor.page).visit()
    assert.equal(await cookies.heading(), 'Cookies')
    assert.deepEqual(await cookies.cookieNames(), ['sendhub_session', 'sendhub_csrf'])
    await visitor.context.close()
  })

  test('a missing page answers 404 with a helpful page', async () => {
    const visitor = await givenIAmAVisitor()
    const missing = await new NotFoundPage(visitor.page).visit('/no-such-section/does-not-exist')
    assert.equal(missing.status(), 404)
    assert.equal(await missing.heading(), 'Page not found')
    assert.equal(missing.header('cache-control'), 'no-store')
    await visitor.context.close()
  })
})

describe('every page', () => {
  for (const { path, heading, status = 200 } of pages) {
    test(`${path} passes axe-core with JavaScript on`, async () => {
      const visitor = await givenIAmAVisitor()
      const response = await visitor.page.goto(path)
      assert.equal(response.status(), status)
      await thenThePageIsAccessible(visitor.page)
      // A 404 page's own request is the one expected failure; nothing else may fail.
      thenThereWereNoProblems({ problems: visitor.problems.filter((p) => !(status === 404 && p.includes('404'))) })
      await visitor.context.close()
    })

    test(`${path} works with JavaScript off`, async () => {
      const visitor = await givenIAmAVisitor({ javaScriptEnabled: false })
      const response = await visitor.page.goto(path)
      assert.equal(response.status(), status)
      assert.equal(await visitor.page.locator('h1').first().innerText(), heading)
      const js = await visitor.page.locator('body').getAttribute('class')
      assert.doesNotMatch(js, /js-enabled/)
      await visitor.context.close()
    })
  }
})
