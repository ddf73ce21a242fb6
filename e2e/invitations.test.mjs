// Joining SENDhub and looking after accounts, as people do it: invitations by email, the
// second sign-in step for staff, password resets, role changes and API tokens. Email is read
// from the demo server's outbox page.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'

import { launchBrowser } from './support/browser.mjs'
import { aVisitor as visitorIn, givenISignInAs as signInIn, thenThePageIsAccessible } from './support/steps.mjs'
import { startServer } from './support/server.mjs'
import { totp } from './support/totp.mjs'
import { SignInPage } from './pages/sign_in_page.mjs'
import { OutboxPage } from './pages/outbox_page.mjs'
import { AcceptInvitationPage, InviteStaffPage, InviteToChildPage, TwoFactorPage } from './pages/invitation_pages.mjs'

let server, chromium
const goodPassword = 'plum orchard lantern seventeen'

before(async () => {
  server = await startServer()
  chromium = await launchBrowser()
})

after(async () => {
  await chromium?.close()
  assert.equal(await server?.stop(), 0)
})

const aVisitor = () => visitorIn(chromium, server)
const givenISignInAs = (email, password) => signInIn(chromium, server, email, password)

async function theLinkEmailedTo (address) {
  const reader = await aVisitor()
  const link = await (await new OutboxPage(reader.page).visit()).linkSentTo(address)
  await reader.context.close()
  return link
}


describe('inviting staff', () => {
  test('a manager invites a clinician, who chooses a password and must set up security codes', async () => {
    const manager = await givenISignInAs('manager@demo.sendhub.test')
    const invite = await new InviteStaffPage(manager.page).visit()
    await thenThePageIsAccessible(manager.page)
    await invite.invite({ name: 'Dana Officer', email: 'not-an-email', role: 'Designated clinical officer (NHS)', organisation: 'Demo NHS Foundation Trust' })
    assert.match(await invite.errorSummary(), /Enter an email address in the correct format/)
    assert.equal(await manager.page.getByLabel('Full name').inputValue(), 'Dana Officer')  // what was typed is kept
    await thenThePageIsAccessible(manager.page)
    await manager.page.getByLabel('Email address').fill('dana.officer@nhs.example')
    await manager.page.getByRole('button', { name: 'Send invitation' }).click()
    assert.match(await manager.page.locator('.govuk-notification-banner').innerText(), /Invitation sent/)
    await manager.context.close()

    const dana = await aVisitor()
    const link = await theLinkEmailedTo('dana.officer@nhs.example')
    await dana.page.goto(link)
    const accept = new AcceptInvitationPage(dana.page)
    assert.equal(await accept.heading(), 'Accept your invitation')
    await thenThePageIsAccessible(dana.page)
    await accept.choosePassword('short')
    assert.match(await accept.errorSummary(), /12 characters or more/)
    await accept.choosePassword(goodPassword)

    const twoFactor = new TwoFactorPage(dana.page)
    assert.equal(await twoFactor.heading(), 'Set up your authenticator app')
    await thenThePageIsAccessible(dana.page)
    const secret = await twoFactor.secret()
    await twoFactor.enterCode('000000')
    assert.match(await twoFactor.errorSummary(), /6-digit code/)
    await twoFactor.enterCode(totp(secret))
    assert.equal(new URL(dana.page.url()).pathname, '/children')
    await dana.page.getByRole('button', { name: /Sign out/ }).click()

    // Every later sign-in asks for a code; a code already used is refused.
    await (await new SignInPage(dana.page).visit()).signInAs('dana.officer@nhs.example', goodPassword)
    assert.equal(await twoFactor.heading(), 'Enter your security code')
    await thenThePageIsAccessible(dana.page)
    assert.equal((await dana.page.goto('/children')).url().endsWith('/sign-in'), true)  // not trusted yet
    await dana.page.goto('/sign-in/two-factor')
    await twoFactor.enterCode(totp(secret, 1))
    assert.equal(new URL(dana.page.url()).pathname, '/children')
    await dana.context.close()

    // The invitation link works once.
    const again = await aVisitor()
    assert.equal((await again.page.goto(link)).status(), 404)
    await again.context.close()
  })

  test('someone who does not manage people gets 404 for the invitation and people pages', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    assert.equal((await caseworker.page.goto('/people/invite')).status(), 404)
    assert.equal((await caseworker.page.goto('/people')).status(), 404)
    assert.equal((await caseworker.page.goto('/account/api-tokens')).status(), 404)
    await caseworker.context.close()
  })
})

describe('inviting a family', () => {
  test('a caseworker invites a parent to Alex\'s record, who then sees Alex and nobody else', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    await caseworker.page.goto('/children/child-demo-alex')
    await caseworker.page.getByRole('link', { name: 'Invite someone to this record' }).click()
    await thenThePageIsAccessible(caseworker.page)
    await new InviteToChildPage(caseworker.page).invite({ name: 'Nia Parent', email: 'nia@example.org', role: 'Parent or carer' })
    assert.match(await caseworker.page.locator('h1').innerText(), /Invitation sent/)
    await thenThePageIsAccessible(caseworker.page)
    await caseworker.context.close()

    const nia = await aVisitor()
    await nia.page.goto(await theLinkEmailedTo('nia@example.org'))
    await new AcceptInvitationPage(nia.page).choosePassword(goodPassword)
    assert.equal(new URL(nia.page.url()).pathname, '/children')
    assert.deepEqual(await nia.page.locator('main ul.govuk-list a').allInnerTexts(), ['Alex Example'])
    assert.equal((await nia.page.goto('/children/child-demo-robin')).status(), 404)
    await nia.context.close()
  })

  test('a school SENCO cannot invite anyone to a pupil\'s record', async () => {
    const senco = await givenISignInAs('senco@demo.sendhub.test')
    assert.equal((await senco.page.goto('/children/child-demo-alex/invite')).status(), 404)
    await senco.context.close()
  })
})

describe('forgotten passwords', () => {
  test('the same answer for any address, and a link that works once and signs out everywhere', async () => {
    const old = await givenISignInAs('parent2@demo.sendhub.test')
    const visitor = await aVisitor()
    await visitor.page.goto('/sign-in')
    await visitor.page.getByRole('link', { name: 'Forgotten your password?' }).click()
    await thenThePageIsAccessible(visitor.page)
    await visitor.page.getByLabel('Email address').fill('nobody@example.org')
    await visitor.page.getByRole('button', { name: 'Send the link' }).click()
    const unknownAnswer = await visitor.page.locator('main').innerText()
    await visitor.page.goto('/forgot-password')
    await visitor.page.getByLabel('Email address').fill('parent2@demo.sendhub.test')
    await visitor.page.getByRole('button', { name: 'Send the link' }).click()
    const knownAnswer = await visitor.page.locator('main').innerText()
    assert.equal(knownAnswer.replace('parent2@demo.sendhub.test', 'X'), unknownAnswer.replace('nobody@example.org', 'X'))

    const link = await theLinkEmailedTo('parent2@demo.sendhub.test')
    await visitor.page.goto(link)
    await thenThePageIsAccessible(visitor.page)
    const reset = new AcceptInvitationPage(visitor.page)
    await reset.choosePassword(goodPassword, 'something else entirely')
    assert.match(await reset.errorSummary(), /do not match/)
    await reset.choosePassword(goodPassword)
    assert.match(await visitor.page.locator('h1').innerText(), /password has been changed/)
    assert.equal((await visitor.page.goto(link)).status(), 404)

    assert.equal((await old.page.goto('/children')).url().endsWith('/sign-in'), true)  // signed out everywhere
    await (await new SignInPage(visitor.page).visit()).signInAs('parent2@demo.sendhub.test', goodPassword)
    assert.equal(new URL(visitor.page.url()).pathname, '/children')
    await old.context.close()
    await visitor.context.close()
  })
})

describe('changing roles', () => {
  test('a changed role signs the person out everywhere; a role that does not fit is explained', async () => {
    const analyst = await givenISignInAs('analyst@demo.sendhub.test')
    const admin = await givenISignInAs('admin@demo.sendhub.test')
    await admin.page.goto('/people')
    await thenThePageIsAccessible(admin.page)
    await admin.page.getByLabel(/Role of Sol Social/).selectOption('school_senco')
    await admin.page.getByRole('button', { name: 'Change role of Sol Social' }).click()
    assert.match(await admin.page.locator('.govuk-error-summary').innerText(), /does not belong to this organisation/)
    await thenThePageIsAccessible(admin.page)
    await admin.page.getByLabel(/Role of Ari Analyst/).selectOption('panel_member')
    await admin.page.getByRole('button', { name: 'Change role of Ari Analyst' }).click()
    assert.match(await admin.page.locator('.govuk-notification-banner').innerText(), /Role changed/)
    assert.equal((await analyst.page.goto('/children')).url().endsWith('/sign-in'), true)
    await (await new SignInPage(analyst.page).visit()).signInAs('analyst@demo.sendhub.test')
    await analyst.page.goto('/account')
    assert.match(await analyst.page.locator('main').innerText(), /Member of the council's SEN panel/)
    await admin.context.close()
    await analyst.context.close()
  })
})

describe('API tokens', () => {
  test('a token sees what its role may see, every read is audited, and revoking stops it', async () => {
    const admin = await givenISignInAs('admin@demo.sendhub.test')
    await admin.page.goto('/account/api-tokens')
    await admin.page.getByRole('button', { name: 'Create token' }).click()
    assert.match(await admin.page.locator('.govuk-error-summary').innerText(), /Enter a name/)
    await thenThePageIsAccessible(admin.page)
    await admin.page.getByLabel('Which system will use it?').fill('Case system sync')
    await admin.page.getByLabel('Role it acts as').selectOption('school_senco')
    await admin.page.getByLabel('Organisation').selectOption({ label: 'Demo Primary School' })
    await admin.page.getByLabel(/Read children's records/).check()
    await admin.page.getByRole('button', { name: 'Create token' }).click()
    const token = await admin.page.locator('#new-token').innerText()
    await thenThePageIsAccessible(admin.page)

    const headers = { Authorization: `Bearer ${token}` }
    const list = await (await fetch(`${server.url}/api/v1/children`, { headers })).json()
    assert.deepEqual(list.children.map((c) => c.id).sort(), ['child-demo-alex', 'child-demo-jordan', 'child-demo-morgan'])  // the school's pupils only
    assert.equal((await fetch(`${server.url}/api/v1/children/child-demo-robin`, { headers })).status, 404)
    assert.equal((await fetch(`${server.url}/api/v1/children/child-demo-alex`, { headers })).status, 200)
    assert.equal((await fetch(`${server.url}/api/v1/children`)).status, 401)

    await admin.page.getByRole('button', { name: 'Revoke Case system sync' }).click()
    assert.equal((await fetch(`${server.url}/api/v1/children`, { headers })).status, 401)
    await admin.context.close()

    const manager = await givenISignInAs('manager@demo.sendhub.test')
    await manager.page.goto('/audit?child=child-demo-alex')
    assert.match(await manager.page.locator('main').innerText(), /service-/)  // the token's service account
    await manager.context.close()
  })
})
