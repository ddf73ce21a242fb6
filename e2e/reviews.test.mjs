// The living plan: Jordan's SENCO arranges and records the annual review, the caseworker decides
// to amend and sends the proposed changes, Jordan's parent replies, and the amended plan naming
// Jordan's secondary school is issued. Every date shown must equal `sendhub timeline` over the
// same events; the phase-transfer list shows Jordan until that plan is issued.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'

import { launchBrowser, openContext } from './support/browser.mjs'
import { day, fillDate, iso, longDate, statutoryDates, today } from './support/dates.mjs'
import { givenISignInAs as signInIn, thenThePageIsAccessible } from './support/steps.mjs'
import { PlanPage } from './pages/plan_page.mjs'
import { SignInPage } from './pages/sign_in_page.mjs'
import { startServer } from './support/server.mjs'

let server, chromium

before(async () => {
  server = await startServer()
  chromium = await launchBrowser()
})

after(async () => {
  await chromium?.close()
  assert.equal(await server?.stop(), 0)
})

const givenISignInAs = (email) => signInIn(chromium, server, email)

// Jordan's plan was issued 330 days before the demo data was loaded (demo_cases.cpp).
const planIssued = iso(Date.now() - 330 * day)
const engine = (events) => statutoryDates('annual_review', events)

const dueOf = (page, step) => page.locator('#timeline tr', { hasText: step }).locator('td').nth(1).innerText()
const errors = (page) => page.locator('.govuk-error-summary').innerText()
const jordanRow = (page) => page.locator('tr', { hasText: 'Jordan Review' })

describe('an annual review that amends the plan', () => {
  let reviewUrl
  const meeting = iso(Date.now() + 21 * day)

  test('the phase-transfer list shows Jordan, moving to secondary school, with the 15 February deadline', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    await caseworker.page.goto('/reviews/phase-transfers')
    const row = await jordanRow(caseworker.page).innerText()
    const now = new Date()
    const moveYear = now.getUTCMonth() >= 8 ? now.getUTCFullYear() + 1 : now.getUTCFullYear()
    assert.match(row, /From primary to secondary/)
    assert.match(row, new RegExp(`14 February ${moveYear}`))  // "before 15 February": the last day is the 14th
    const casey = await caseworker.page.locator('tr', { hasText: 'Casey Acomb' }).innerText()
    assert.match(casey, /From secondary to post-16/)
    assert.match(casey, new RegExp(`30 March ${moveYear}`))
    await thenThePageIsAccessible(caseworker.page)
    await caseworker.context.close()
  })

  test('the SENCO sees Jordan on the review workbench and arranges the meeting with two weeks\' notice', async () => {
    const senco = await givenISignInAs('senco@demo.sendhub.test')
    await senco.page.getByRole('link', { name: 'Reviews' }).click()
    assert.equal(await senco.page.locator('h1').innerText(), "Your pupils' annual reviews")
    const due = engine([{ type: 'plan_issued', date: planIssued }])
    assert.match(await jordanRow(senco.page).innerText(), new RegExp(longDate(due.review_meeting)))
    await thenThePageIsAccessible(senco.page)
    await senco.page.getByRole('link', { name: 'Arrange the review for Jordan Review' }).click()
    await fillDate(senco.page, 'meeting_on', iso(Date.now() + 7 * day))
    await senco.page.getByLabel('Where the meeting is').fill('Demo Primary School, the library')
    await senco.page.getByRole('button', { name: /Arrange the review/ }).click()
    assert.match(await errors(senco.page), /at least 2 weeks away .* The earliest date is/)
    assert.equal(await senco.page.getByLabel('Where the meeting is').inputValue(), 'Demo Primary School, the library')
    await thenThePageIsAccessible(senco.page)
    await fillDate(senco.page, 'meeting_on', meeting)
    await senco.page.getByRole('button', { name: /Arrange the review/ }).click()
    assert.equal(await senco.page.locator('h1').innerText(), 'Review meeting arranged')
    reviewUrl = new URL(senco.page.url()).pathname
    const expected = engine([{ type: 'plan_issued', date: planIssued }, { type: 'review_meeting_scheduled', date: meeting },
      { type: 'invitations_sent', date: today }])
    assert.equal(await dueOf(senco.page, 'Advice sent out before the review'), longDate(expected.advice_circulated))
    assert.match(await senco.page.locator('.govuk-inset-text').innerText(), new RegExp(`The annual review meeting is on ${longDate(meeting)}`))
    await thenThePageIsAccessible(senco.page)
    await senco.context.close()
  })

  test('the SENCO records the meeting, progress towards each outcome, and the report goes out', async () => {
    const senco = await givenISignInAs('senco@demo.sendhub.test')
    await senco.page.goto(reviewUrl)
    await senco.page.getByRole('button', { name: 'Record the meeting and send the report' }).click()
    const problems = await errors(senco.page)
    assert.match(problems, /Enter the date the meeting was held/)
    await thenThePageIsAccessible(senco.page)
    await fillDate(senco.page, 'held_on', today)  // brought forward
    for (const group of await senco.page.locator('fieldset[id^="progress_"]').all()) await group.getByLabel('On track').check()
    await senco.page.getByLabel('What is working well').fill('Jordan is settled and reads with an adult every day.')
    await senco.page.getByLabel('Changes the meeting recommends to the plan').fill('Name Demo Secondary School for September.')
    await senco.page.getByRole('button', { name: 'Record the meeting and send the report' }).click()
    assert.equal(await senco.page.locator('h1').innerText(), 'Review meeting held')
    const expected = engine([{ type: 'plan_issued', date: planIssued }, { type: 'review_meeting_held', date: today }])
    assert.equal(await dueOf(senco.page, 'Decision after the review'), longDate(expected.review_decision))
    assert.match(await senco.page.locator('#report').locator('xpath=..').innerText(), /On track/)
    await thenThePageIsAccessible(senco.page)
    await senco.context.close()
  })

  test('the caseworker cannot date the decision before the meeting, cease without the steps, or amend an unchanged plan', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    await caseworker.page.goto(reviewUrl)
    const decide = () => caseworker.page.getByRole('button', { name: 'Record the decision and tell the family' }).click()
    await caseworker.page.getByLabel('Change the plan: send the proposed changes to the family now').check()
    await fillDate(caseworker.page, 'date', iso(Date.now() - day))
    await decide()
    assert.match(await errors(caseworker.page), /The decision cannot be dated before the review meeting on/)
    await thenThePageIsAccessible(caseworker.page)
    await caseworker.page.getByLabel('End the plan').check()
    await fillDate(caseworker.page, 'date', today)
    await decide()
    const cease = await errors(caseworker.page)
    assert.match(cease, /Select why the plan is ending/)
    assert.match(cease, /Consult the family/)
    assert.match(cease, /Consult the head teacher/)
    await caseworker.page.getByLabel('Change the plan: send the proposed changes to the family now').check()
    await decide()
    assert.match(await errors(caseworker.page), /Change the plan first/)
    await caseworker.context.close()
  })

  test('the caseworker names the secondary school in the plan and sends the proposed changes with the decision', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    await caseworker.page.goto(reviewUrl)
    await caseworker.page.getByRole('link', { name: 'change the plan' }).click()
    await new PlanPage(caseworker.page).namePlacement('Demo Secondary School', 'mainstream secondary school')
    await caseworker.page.goto(reviewUrl)
    await caseworker.page.getByLabel('Change the plan: send the proposed changes to the family now').check()
    await caseworker.page.getByLabel('Reasons').fill('Jordan moves to secondary school in September.')
    await caseworker.page.getByRole('button', { name: 'Record the decision and tell the family' }).click()
    assert.equal(await caseworker.page.locator('h1').innerText(), 'Proposed changes sent')
    const expected = engine([{ type: 'plan_issued', date: planIssued }, { type: 'review_meeting_held', date: today },
      { type: 'review_decision', date: today, outcome: 'amend' }, { type: 'proposed_amendments_sent', date: today }])
    assert.equal(await dueOf(caseworker.page, "Family's comments on the proposed changes"), longDate(expected.amendment_representations_close))
    assert.equal(await dueOf(caseworker.page, 'Amended plan'), longDate(expected.amended_plan))
    // The 15 days are running and the family have not said they have no comments.
    await caseworker.page.getByRole('button', { name: 'Issue the amended plan' }).click()
    assert.match(await errors(caseworker.page), new RegExp(`The family have until ${longDate(expected.amendment_representations_close)} to comment`))
    await thenThePageIsAccessible(caseworker.page)
    await caseworker.context.close()
  })

  test('Jordan\'s parent sees the decision and the date to reply by, and says they have no comments', async () => {
    const parent = await givenISignInAs('parent@demo.sendhub.test')
    await parent.page.goto(reviewUrl)
    assert.equal(await parent.page.locator('h1').innerText(), 'Proposed changes sent')
    const expected = engine([{ type: 'plan_issued', date: planIssued }, { type: 'review_meeting_held', date: today },
      { type: 'review_decision', date: today, outcome: 'amend' }, { type: 'proposed_amendments_sent', date: today }])
    assert.match(await parent.page.locator('.govuk-inset-text').innerText(),
      new RegExp(`You have until ${longDate(expected.amendment_representations_close)} to comment`))
    await parent.page.getByLabel('Your comments on the proposed changes').fill('Looks right.')
    await parent.page.getByLabel(/I have no comments/).check()
    await parent.page.getByRole('button', { name: 'Send your reply' }).click()
    assert.match(await errors(parent.page), /You ticked that you have no comments but also wrote some/)
    assert.equal(await parent.page.getByLabel('Your comments on the proposed changes').inputValue(), 'Looks right.')
    await thenThePageIsAccessible(parent.page)
    await parent.page.getByLabel('Your comments on the proposed changes').fill('')
    await parent.page.getByRole('button', { name: 'Send your reply' }).click()
    assert.match(await parent.page.locator('#responses').locator('xpath=..').innerText(), /No comments/)
    await thenThePageIsAccessible(parent.page)
    await parent.context.close()
  })

  test('the amended plan is issued, its differences are shown, and Jordan leaves the phase-transfer list', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    await caseworker.page.goto(reviewUrl)
    await caseworker.page.getByRole('button', { name: 'Issue the amended plan' }).click()
    assert.equal(await caseworker.page.locator('h1').innerText(), 'Amended plan issued')
    await thenThePageIsAccessible(caseworker.page)
    const versions = caseworker.page.locator('#plan-versions li')
    assert.match(await versions.last().innerText(), /Plan in force/)
    await versions.last().getByRole('link', { name: /What changed/ }).click()
    assert.match(await caseworker.page.locator('main').innerText(), /School or setting\s+Demo Primary School.*\s+Demo Secondary School/)
    await thenThePageIsAccessible(caseworker.page)
    await caseworker.page.goto('/reviews/phase-transfers')
    assert.equal(await jordanRow(caseworker.page).count(), 0)
    assert.match(await caseworker.page.locator('main').innerText(), /Casey Acomb/)
    await caseworker.context.close()
  })
})

describe('the review pages with JavaScript off', () => {
  test('a caseworker reads the lists and a review, and records a decision to keep Casey\'s plan', async () => {
    const { context, problems } = await openContext(chromium.browser, server.url, { javaScriptEnabled: false })
    const page = await context.newPage()
    await (await new SignInPage(page).visit()).signInAs('caseworker@demo.sendhub.test')
    for (const path of ['/reviews', '/reviews?within=52&group=caseworker', '/reviews/phase-transfers', '/reviews/case-demo-morgan-review']) {
      const response = await page.goto(path)
      assert.equal(response.status(), 200, path)
      assert.ok((await page.locator('h1').first().innerText()).length > 0, path)
    }
    await page.goto('/reviews/case-demo-casey-review')
    assert.equal(await page.locator('h1').innerText(), 'Review meeting held')
    await page.getByLabel('Keep the plan as it is').check()
    await page.getByRole('button', { name: 'Record the decision and tell the family' }).click()
    assert.match(await errors(page), /Give the reasons for keeping the plan as it is/)
    // The form comes back with status 400, which the browser reports; nothing else may go wrong.
    assert.deepEqual(problems.splice(0).filter((p) => !p.endsWith('net::ERR_ABORTED') && !p.includes('status of 400')), [])
    await page.getByLabel('Keep the plan as it is').check()
    await page.getByLabel('Reasons').fill('The plan still meets Casey\'s needs.')
    await page.getByRole('button', { name: 'Record the decision and tell the family' }).click()
    assert.equal(await page.locator('h1').innerText(), 'Decided to keep the plan')
    assert.match(await page.locator('#decision').locator('xpath=..').innerText(), /The plan still meets Casey's needs\./)
    assert.deepEqual(problems.filter((p) => !p.endsWith('net::ERR_ABORTED')), [])
    await context.close()
  })
})
