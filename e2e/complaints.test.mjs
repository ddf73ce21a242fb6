// Complaints: Jordan's parent complains from Jordan's record that nobody answers; what they typed
// is kept when something is missing; another parent and the school cannot see it; the caseworker
// finds it at the top of the complaints list and records the reply; the parent sees the outcome;
// and the dashboard's count of complaints about communication goes up by one.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'

import { launchBrowser } from './support/browser.mjs'
import { fillDate, iso, longDate, today, day } from './support/dates.mjs'
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
const errors = (page) => page.locator('.govuk-error-summary').innerText()

function communicationComplaints () {
  const run = spawnSync(process.env.SENDHUB_BIN, ['kpi', '--json', '--la', '816', '--database', server.database], { encoding: 'utf8' })
  assert.equal(run.status, 0, run.stderr)
  return JSON.parse(run.stdout).kpis.find((k) => k.id === 'complaints_about_communication').value
}

describe('a complaint about communication', () => {
  let complaintUrl, before

  test('Jordan\'s parent makes a complaint from Jordan\'s record, and what they typed is kept', async () => {
    before = communicationComplaints()
    const parent = await givenISignInAs('parent@demo.sendhub.test')
    const page = parent.page
    await page.goto('/children/child-demo-jordan')
    await page.getByRole('link', { name: 'Make a complaint' }).click()
    await thenThePageIsAccessible(page)
    const words = 'I have asked twice when the review meeting is and nobody has told me.'
    await page.getByLabel('Tell us what happened').fill(words)
    await page.getByRole('button', { name: 'Send the complaint' }).click()
    assert.match(await errors(page), /Select what the complaint is about/)
    assert.equal(await page.getByLabel('Tell us what happened').inputValue(), words)
    await thenThePageIsAccessible(page)
    await page.getByLabel(/Communication: not being kept informed/).check()
    await page.getByLabel('Is it about one request, review or appeal? (optional)').selectOption({ index: 1 })
    await page.getByRole('button', { name: 'Send the complaint' }).click()
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /sent to the SEN team/)
    complaintUrl = new URL(page.url()).pathname
    const details = await page.locator('#complaint').innerText()
    assert.match(details, new RegExp(`Received\\s+${longDate(today)}`))
    assert.match(details, new RegExp(words))
    assert.match(await page.locator('.govuk-inset-text').innerText(), /has not recorded its reply yet/)
    await thenThePageIsAccessible(page)
    await page.goto('/children/child-demo-jordan')
    assert.match(await page.locator('#complaints').locator('xpath=..').innerText(), /waiting for a reply/)
    await parent.context.close()
  })

  test('another parent and Jordan\'s school cannot see it', async () => {
    const other = await givenISignInAs('parent2@demo.sendhub.test')
    assert.equal((await other.page.goto(complaintUrl)).status(), 404)
    await other.context.close()
    const senco = await givenISignInAs('senco@demo.sendhub.test')
    assert.equal((await senco.page.goto(complaintUrl)).status(), 404)
    await senco.page.goto('/children/child-demo-jordan')
    assert.equal(await senco.page.locator('#complaints').count(), 0)
    assert.equal((await senco.page.goto('/children/child-demo-jordan/complaints/new')).status(), 404)
    await senco.context.close()
  })

  test('the caseworker finds it first in the list and records the reply', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    const page = caseworker.page
    await page.getByRole('link', { name: 'Caseload' }).click()
    await page.getByRole('link', { name: 'Complaints from families' }).click()
    const first = page.locator('#complaints tbody tr').first()
    assert.match(await first.innerText(), /Jordan Review/)
    assert.match(await first.innerText(), /Waiting for a reply/)
    await thenThePageIsAccessible(page)
    await first.getByRole('link').click()
    await page.getByLabel('Partly upheld').check()
    await fillDate(page, 'responded_on', iso(Date.now() - 2 * day))
    await page.getByRole('button', { name: 'Record the reply' }).click()
    assert.match(await errors(page), /cannot be before the day the complaint was received/)
    assert.ok(await page.getByLabel('Partly upheld').isChecked())
    await thenThePageIsAccessible(page)
    await fillDate(page, 'responded_on', today)
    await page.getByRole('button', { name: 'Record the reply' }).click()
    assert.match(await page.locator('#complaint').innerText(), /Partly upheld, replied .* \(0 days after it was received\)/)
    assert.equal(await page.getByRole('button', { name: 'Record the reply' }).count(), 0)
    await caseworker.context.close()
  })

  test('the parent sees the outcome, and the dashboard counts one more complaint about communication', async () => {
    const parent = await givenISignInAs('parent@demo.sendhub.test')
    await parent.page.goto(complaintUrl)
    assert.match(await parent.page.locator('#complaint').innerText(), /Partly upheld/)
    assert.equal(await parent.page.locator('form[action$="/response"]').count(), 0)
    await thenThePageIsAccessible(parent.page)
    await parent.context.close()
    assert.equal(communicationComplaints(), before + 1)
    const manager = await givenISignInAs('manager@demo.sendhub.test')
    await manager.page.goto('/dashboard/kpi/complaints_about_communication?la=816')
    assert.match(await manager.page.locator('main').innerText(), /60% fewer/)
    await thenThePageIsAccessible(manager.page)
    await manager.context.close()
  })
})
