// Advice for an annual review: Morgan's SENCO asks the health team for advice for the review
// arranged in three weeks; the health professional sees it on their advice list, due two weeks
// before the meeting (the date `sendhub timeline` gives), writes it, and the SENCO sees it on
// the review. Least privilege: the health professional sees Morgan only once asked.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'

import { launchBrowser } from './support/browser.mjs'
import { day, iso, longDate, statutoryDates, today } from './support/dates.mjs'
import { givenISignInAs as signInIn, thenThePageIsAccessible } from './support/steps.mjs'
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
const review = '/reviews/case-demo-morgan-review'
// Morgan's plan was issued 345 days before the demo was loaded and the meeting is in 21 days (demo_reviews.cpp).
const events = [{ type: 'plan_issued', date: iso(Date.now() - 345 * day) }, { type: 'review_meeting_scheduled', date: iso(Date.now() + 21 * day) },
  { type: 'invitations_sent', date: today }, { type: 'advice_requested', date: today, adviser: 'health' }]

describe('advice for an annual review', () => {
  test('the health professional cannot see Morgan before being asked', async () => {
    const health = await givenISignInAs('health@demo.sendhub.test')
    assert.equal((await health.page.goto(review)).status(), 404)
    await health.context.close()
  })

  test('Morgan\'s SENCO asks the health team, and the advice is due two weeks before the meeting', async () => {
    const senco = await givenISignInAs('senco@demo.sendhub.test')
    const page = senco.page
    await page.goto(review)
    const due = statutoryDates('annual_review', events)
    assert.match(await page.locator('main').innerText(), new RegExp(`It is due by ${longDate(due['advice:health'])}, 2 weeks before the meeting`))
    await page.getByRole('button', { name: 'Ask for advice' }).click()
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Select who you are asking for advice/)
    await thenThePageIsAccessible(page)
    await page.getByLabel('Person to ask (The health team), who will then see this case').selectOption({ label: 'Harper Health, Demo NHS Foundation Trust' })
    await page.getByRole('checkbox', { name: 'The health team' }).check()
    await page.getByRole('button', { name: 'Ask for advice' }).click()
    assert.equal(await page.locator('.govuk-error-summary').count(), 0)
    const row = page.locator('#timeline tr', { hasText: 'Advice from the health team' })
    assert.equal(await row.locator('td').nth(1).innerText(), longDate(due['advice:health']))
    assert.equal(due['advice:health'], due.advice_circulated)
    await thenThePageIsAccessible(page)
    await senco.context.close()
  })

  test('the health professional sees the request with its date, writes the advice, and the SENCO sees it', async () => {
    const due = statutoryDates('annual_review', events)
    const health = await givenISignInAs('health@demo.sendhub.test')
    const page = health.page
    await page.goto('/advice')
    const request = page.locator('tr', { hasText: 'Morgan Heslington' })
    assert.match(await request.innerText(), new RegExp(longDate(due['advice:health'])))
    await request.getByRole('link', { name: 'Write advice for Morgan Heslington' }).click()
    await page.getByLabel('Needs you have seen').fill('Morgan tires quickly in the afternoons; sleep is improving.')
    await page.locator('#provision_1_what').fill('A rest break after lunch')
    await page.locator('#provision_1_who').fill('Teaching assistant')
    await page.locator('#provision_1_how_often').fill('Every day')
    await page.getByLabel('Outcomes you suggest').fill('Morgan joins in the afternoon lessons.')
    await page.getByRole('button', { name: 'Send advice' }).click()
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /Your advice has been sent/)
    await health.context.close()

    const senco = await givenISignInAs('senco@demo.sendhub.test')
    await senco.page.goto(review)
    const main = await senco.page.locator('main').innerText()
    assert.match(main, /Morgan tires quickly in the afternoons/)
    assert.match(main, /In their own words\s+The family have not written their views yet/)
    assert.match(await senco.page.locator('#timeline tr', { hasText: 'Advice from the health team' }).innerText(), /Done on time/)
    await thenThePageIsAccessible(senco.page)
    await senco.context.close()
  })
})
