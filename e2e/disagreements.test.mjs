// Mediation and appeals: the council refused to assess Nia (a demo child); the caseworker records
// that her parent disagrees, that they declined mediation and got the certificate, the appeal,
// the council's response and the tribunal's order to assess, then that the order was carried out.
// Every date shown must equal `sendhub timeline` over the same events. Bad input is explained and
// kept; a parent who is not Nia's cannot open any of it.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'

import { launchBrowser } from './support/browser.mjs'
import { day, fillDate, iso, longDate, statutoryDates, today } from './support/dates.mjs'
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

// Nia's request came 8 weeks before the demo was loaded, the refusal 35 days after it (demo_cases.cpp).
const refused = iso(Date.now() - 56 * day + 35 * day)
const engine = statutoryDates

const dueOf = (page, step) => page.locator('#timeline tr', { hasText: step }).locator('td').nth(1).innerText()
const errors = (page) => page.locator('.govuk-error-summary').innerText()
const heading = (page) => page.locator('h1').innerText()

describe('a disagreement that goes to the tribunal', () => {
  let disagreementUrl
  const events = [{ type: 'decision_notice_sent', date: refused }]

  test('the caseworker records that Nia\'s parent disagrees with the refusal to assess', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    await caseworker.page.goto('/cases/case-demo-014')
    await caseworker.page.getByRole('link', { name: 'Record a disagreement (mediation or appeal)' }).click()
    assert.equal(await heading(caseworker.page), 'Record a disagreement')
    await caseworker.page.getByRole('button', { name: 'Record the disagreement' }).click()
    assert.match(await errors(caseworker.page), /Select who disagrees with the decision/)
    await thenThePageIsAccessible(caseworker.page)
    await caseworker.page.getByLabel(`The decision not to carry out an assessment, ${longDate(refused)}`).check()
    await caseworker.page.getByLabel('The parent or carer').check()
    await caseworker.page.getByRole('button', { name: 'Record the disagreement' }).click()
    assert.equal(await heading(caseworker.page), 'Disagreement recorded')
    disagreementUrl = new URL(caseworker.page.url()).pathname
    const due = engine('disagreement', events)
    assert.equal(await dueOf(caseworker.page, 'Family contacts the mediation adviser'), longDate(due.mediation_adviser_contact))
    assert.equal(await dueOf(caseworker.page, 'Last day to appeal to the tribunal'), longDate(due.appeal_deadline))
    assert.match(await caseworker.page.locator('.govuk-inset-text').innerText(), new RegExp(`until ${longDate(due.appeal_deadline)}`))
    await thenThePageIsAccessible(caseworker.page)
    // The case links to it, and recording again goes to the same disagreement.
    await caseworker.page.goto('/cases/case-demo-014')
    assert.match(await caseworker.page.locator('#disagreements').locator('xpath=..').innerText(),
      /Disagreement about the decision not to carry out an assessment, recorded .* \(open\)/)
    await caseworker.context.close()
  })

  test('mediation is declined, the certificate issued and the appeal registered, with bad dates explained', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    const page = caseworker.page
    await page.goto(disagreementUrl)
    await page.getByLabel('They do not want mediation').check()
    await fillDate(page, 'mediation_on', '2026-02-30')
    await page.getByRole('button', { name: 'Record contact' }).click()
    assert.match(await errors(page), /The date must be a real date/)
    assert.equal(await page.locator('#mediation_on_day').inputValue(), '30')
    assert.ok(await page.getByLabel('They do not want mediation').isChecked())
    await thenThePageIsAccessible(page)
    await fillDate(page, 'mediation_on', iso(Date.now() + 3 * day))
    await page.getByRole('button', { name: 'Record contact' }).click()
    assert.match(await errors(page), /future/)
    await fillDate(page, 'mediation_on', today)
    await page.getByRole('button', { name: 'Record contact' }).click()
    assert.equal(await page.locator('.govuk-error-summary').count(), 0)
    events.push({ type: 'mediation_declined', date: today })
    assert.equal(await dueOf(page, 'Mediation certificate'), longDate(engine('disagreement', events).mediation_certificate))

    await page.getByRole('button', { name: 'Record the certificate' }).click()
    events.push({ type: 'certificate_issued', date: today })
    assert.equal(await dueOf(page, 'Last day to appeal to the tribunal'), longDate(engine('disagreement', events).appeal_deadline))

    await page.getByLabel("The tribunal's reference (optional)").fill('X'.repeat(41))
    await page.getByRole('button', { name: 'Record the appeal' }).click()
    assert.match(await errors(page), /40 characters or fewer/)
    assert.equal(await page.getByLabel("The tribunal's reference (optional)").inputValue(), 'X'.repeat(41))
    await page.getByLabel("The tribunal's reference (optional)").fill('EH816/26/00014')
    await page.getByRole('button', { name: 'Record the appeal' }).click()
    assert.equal(await heading(page), 'Appeal registered')
    events.push({ type: 'appeal_registered', date: today })
    assert.equal(await dueOf(page, "Council's response to the appeal"), longDate(engine('disagreement', events).la_response))
    assert.match(await page.locator('#disagreement-details').innerText(), /EH816\/26\/00014/)
    await thenThePageIsAccessible(page)
    await caseworker.context.close()
  })

  test('another family\'s parent cannot open the disagreement', async () => {
    const parent = await givenISignInAs('parent@demo.sendhub.test')
    const res = await parent.page.goto(disagreementUrl)
    assert.equal(res.status(), 404)
    assert.doesNotMatch(await parent.page.locator('main').innerText(), /Nia/)
    await parent.context.close()
  })

  test('the council responds, the tribunal orders an assessment, and the order is carried out on time', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    const page = caseworker.page
    await page.goto(disagreementUrl)
    await page.getByRole('button', { name: 'Record the response' }).click()
    await page.getByRole('radio', { name: 'The tribunal made an order' }).check()
    await page.getByRole('button', { name: 'Record the outcome' }).click()
    assert.match(await errors(page), /Select what the tribunal ordered the council to do/)
    assert.ok(await page.getByRole('radio', { name: 'The tribunal made an order' }).isChecked())
    await thenThePageIsAccessible(page)
    await page.getByLabel('If the tribunal made an order, what must the council do?').selectOption('assess')
    await page.getByRole('button', { name: 'Record the outcome' }).click()
    assert.equal(await heading(page), 'Appeal ended')
    assert.match(await page.locator('#disagreement-details').innerText(), /The tribunal made an order/)
    await page.getByRole('link', { name: 'What the council must do, and by when' }).click()
    const due = engine('tribunal_order', [{ type: 'order_made', date: today, order: 'assess' }])
    assert.equal(await dueOf(page, 'Notice that the council will assess'), longDate(due.assessment_notice))
    assert.match(await page.locator('#disagreement-details').innerText(), new RegExp(`in the letter of ${longDate(refused)}`))
    await thenThePageIsAccessible(page)
    await page.getByRole('button', { name: 'Record it' }).click()
    assert.match(await page.locator('#timeline').innerText(), /Done on time/)
    assert.equal(await page.getByRole('button', { name: 'Record it' }).count(), 0)
    await page.goto('/cases/case-demo-014')
    assert.match(await page.locator('#disagreements').locator('xpath=..').innerText(), /\(closed\)\. The tribunal's order \(carried out\)/)
    await thenThePageIsAccessible(page)
    await caseworker.context.close()
  })

  test('Jordan\'s parent sees the disagreement about Jordan\'s plan, with its dates and what they can do', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    await caseworker.page.goto('/disagreements/new?case=case-demo-jordan-1')
    await caseworker.page.getByLabel(/What the EHC plan says/).check()
    await caseworker.page.getByLabel('The parent or carer').check()
    await caseworker.page.getByRole('button', { name: 'Record the disagreement' }).click()
    const url = new URL(caseworker.page.url()).pathname
    await caseworker.context.close()

    const parent = await givenISignInAs('parent@demo.sendhub.test')
    await parent.page.goto('/cases/case-demo-jordan-1')
    await parent.page.locator('#disagreements').locator('xpath=..').getByRole('link', { name: /Disagreement about what the EHC plan says/ }).click()
    assert.equal(new URL(parent.page.url()).pathname, url)
    const planIssued = iso(Date.now() - 330 * day)
    const due = engine('disagreement', [{ type: 'decision_notice_sent', date: planIssued }])
    assert.equal(await dueOf(parent.page, 'Last day to appeal to the tribunal'), longDate(due.appeal_deadline))
    assert.match(await parent.page.locator('.govuk-inset-text').innerText(), new RegExp(`The time to appeal ended on ${longDate(due.appeal_deadline)}`))
    assert.match(await parent.page.locator('main').innerText(), /The tribunal can accept a late appeal when there is a good reason/)
    assert.equal(await parent.page.locator('form[action*="/steps"]').count(), 0)
    await thenThePageIsAccessible(parent.page)
    await parent.context.close()
  })
})
