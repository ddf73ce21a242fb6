// Who may see which child's record, as people use it: each demo person signs in and tries to
// open the records of the two demo children.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'

import { accessibilityViolations, launchBrowser, openContext } from './support/browser.mjs'
import { startServer } from './support/server.mjs'
import { SignInPage } from './pages/sign_in_page.mjs'
import { ChildrenPage } from './pages/children_page.mjs'

let server, chromium
const alex = '/children/child-demo-alex'    // Pat Parent's child, at the demo SENCO's school
const robin = '/children/child-demo-robin'  // Parker Parent's child, at another school

before(async () => {
  server = await startServer()
  chromium = await launchBrowser()
})

after(async () => {
  await chromium?.close()
  assert.equal(await server?.stop(), 0)
})

async function givenISignInAs (email) {
  const { context, page, problems } = await (async () => {
    const opened = await openContext(chromium.browser, server.url)
    return { ...opened, page: await opened.context.newPage() }
  })()
  const signIn = await new SignInPage(page).visit()
  await signIn.signInAs(email)
  return { context, page, problems }
}

async function whenIOpen (visitor, path) {
  return (await visitor.page.goto(path)).status()
}

async function thenThePageIsAccessible (page) {
  assert.deepEqual(await accessibilityViolations(page), [], `axe-core found problems on ${page.url()}`)
}

describe('signing in', () => {
  test('a wrong password is refused with the same message as an unknown email, and the email is kept', async () => {
    const { context, page } = await openContext(chromium.browser, server.url).then(async (o) => ({ ...o, page: await o.context.newPage() }))
    const signIn = await new SignInPage(page).visit()
    await signIn.signInAs('parent@demo.sendhub.test', 'not-the-password')
    assert.match(await signIn.errorSummary(), /Enter a correct email address and password/)
    assert.equal(await signIn.emailValue(), 'parent@demo.sendhub.test')
    await thenThePageIsAccessible(page)
    await signIn.signInAs('nobody@demo.sendhub.test', 'not-the-password')
    assert.match(await signIn.errorSummary(), /Enter a correct email address and password/)
    await context.close()
  })

  test('empty fields are explained', async () => {
    const { context, page } = await openContext(chromium.browser, server.url).then(async (o) => ({ ...o, page: await o.context.newPage() }))
    const signIn = await new SignInPage(page).visit()
    await page.getByRole('button', { name: 'Sign in' }).click()
    const summary = await signIn.errorSummary()
    assert.match(summary, /Enter your email address/)
    assert.match(summary, /Enter your password/)
    await context.close()
  })

  test('a form posted without the CSRF token changes nothing', async () => {
    const response = await fetch(`${server.url}/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'email=parent%40demo.sendhub.test&password=demo-password-change-me',
      redirect: 'manual'
    })
    assert.equal(response.status, 400)
    assert.equal(response.headers.get('set-cookie'), null)
  })

  test('after signing out the old session cookie no longer works', async () => {
    const visitor = await givenISignInAs('parent@demo.sendhub.test')
    const cookies = await visitor.context.cookies()
    const children = await new ChildrenPage(visitor.page).visit()
    await children.signOut()
    assert.match(visitor.page.url(), /\/sign-in$/)
    await visitor.context.addCookies(cookies)  // replay the stolen cookie
    await visitor.page.goto('/children')
    assert.match(visitor.page.url(), /\/sign-in$/)
    await visitor.context.close()
  })
})

describe('sessions', () => {
  test('signing out everywhere else ends the other device\'s session', async () => {
    const laptop = await givenISignInAs('caseworker@demo.sendhub.test')
    const phone = await givenISignInAs('caseworker@demo.sendhub.test')
    assert.equal(await whenIOpen(laptop, '/account/sessions'), 200)
    assert.ok(await laptop.page.locator('tbody tr').count() >= 2)
    await thenThePageIsAccessible(laptop.page)
    await laptop.page.getByRole('button', { name: 'Sign out everywhere else' }).click()
    assert.match(await laptop.page.locator('.govuk-notification-banner').innerText(), /signed out everywhere else/)
    assert.equal(await laptop.page.locator('tbody tr').count(), 1)
    await phone.page.goto('/children')
    assert.match(phone.page.url(), /\/sign-in$/)
    await laptop.context.close()
    await phone.context.close()
  })
})

describe('the audit trail', () => {
  test('an administrator sees and downloads the trail; a parent gets 404', async () => {
    const parent = await givenISignInAs('parent@demo.sendhub.test')
    assert.equal(await whenIOpen(parent, alex), 200)
    assert.equal(await whenIOpen(parent, '/audit'), 404)
    await parent.context.close()
    const admin = await givenISignInAs('admin@demo.sendhub.test')
    assert.equal(await whenIOpen(admin, '/audit?child=child-demo-alex'), 200)
    const table = await admin.page.locator('table').innerText()
    assert.match(table, /user-parent\s+parent_carer\s+record\.view\s+child-demo-alex\s+allowed/)
    await thenThePageIsAccessible(admin.page)
    assert.equal(await whenIOpen(admin, '/audit?from=2026-02-30'), 200)
    assert.match(await admin.page.locator('.govuk-error-summary').innerText(), /Enter the start date as YYYY-MM-DD/)
    assert.equal(await admin.page.locator('#from').inputValue(), '2026-02-30')
    const csv = await admin.page.request.get('/audit.csv?child=child-demo-alex')
    assert.equal(csv.status(), 200)
    assert.match(await csv.text(), /^sequence,at,user,role,action,child/)
    await admin.context.close()
  })
})

describe('who may see which child', () => {
  test('a parent sees their own child and gets 404 for another family\'s child', async () => {
    const visitor = await givenISignInAs('parent@demo.sendhub.test')
    const children = new ChildrenPage(visitor.page)
    // Alex, and Jordan whose plan is near its annual review (demo_cases.cpp).
    assert.deepEqual((await children.childNames()).sort(), ['Alex Example', 'Jordan Review'])
    await thenThePageIsAccessible(visitor.page)
    assert.equal(await whenIOpen(visitor, alex), 200)
    assert.equal(await visitor.page.locator('h1').innerText(), 'Alex Example')
    await thenThePageIsAccessible(visitor.page)
    assert.equal(await whenIOpen(visitor, robin), 404)
    assert.equal(await visitor.page.locator('h1').innerText(), 'Page not found')
    await visitor.context.close()
  })

  test('a SENCO sees only pupils at their school', async () => {
    const visitor = await givenISignInAs('senco@demo.sendhub.test')
    assert.deepEqual((await new ChildrenPage(visitor.page).childNames()).sort(), ['Alex Example', 'Jordan Review', 'Morgan Heslington'])
    assert.equal(await whenIOpen(visitor, alex), 200)
    assert.equal(await whenIOpen(visitor, robin), 404)
    await visitor.context.close()
  })

  test('an analyst sees no individual child', async () => {
    const visitor = await givenISignInAs('analyst@demo.sendhub.test')
    const children = new ChildrenPage(visitor.page)
    assert.deepEqual(await children.childNames(), [])
    assert.match(await children.explanation(), /area figures only/)
    assert.equal(await whenIOpen(visitor, alex), 404)
    assert.equal(await whenIOpen(visitor, robin), 404)
    await visitor.context.close()
  })

  test('a caseworker sees every child in their local authority', async () => {
    const visitor = await givenISignInAs('caseworker@demo.sendhub.test')
    const names = await new ChildrenPage(visitor.page).childNames()
    assert.ok(names.includes('Alex Example') && names.includes('Robin Sample'))
    assert.equal(names.length, 2 + 36 + 4)  // the two families' children, the made-up demo caseload and four plans near review
    assert.equal(new Set(names).size, names.length)
    assert.equal(await whenIOpen(visitor, robin), 200)
    await visitor.context.close()
  })

  test('a parent can see which roles looked at their child\'s record', async () => {
    const senco = await givenISignInAs('senco@demo.sendhub.test')
    assert.equal(await whenIOpen(senco, alex), 200)
    await senco.context.close()
    const parent = await givenISignInAs('parent@demo.sendhub.test')
    assert.equal(await whenIOpen(parent, alex), 200)
    await parent.page.getByRole('link', { name: 'See who has looked at this record' }).click()
    const table = await parent.page.locator('table').innerText()
    assert.match(table, /special educational needs co-ordinator \(SENCO\) at the school or setting\s+Opened the record/)
    await thenThePageIsAccessible(parent.page)
    assert.equal(await whenIOpen(parent, robin + '/who-looked'), 404)
    await parent.context.close()
  })

  test('a health professional sees only the child whose case they were asked to help with', async () => {
    const visitor = await givenISignInAs('health@demo.sendhub.test')
    assert.deepEqual(await new ChildrenPage(visitor.page).childNames(), ['Alex Example'])
    assert.equal(await whenIOpen(visitor, robin), 404)
    await visitor.context.close()
  })
})
