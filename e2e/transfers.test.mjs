// Moving council: Jordan's family moves from York to North Yorkshire. York's caseworker records
// the move (bad input explained and kept), the dates match `sendhub timeline`, and passing the
// plan on moves Jordan's record and history to North Yorkshire, whose caseworker then tells the
// family; York no longer sees Jordan. A move heard of three weeks ahead (Casey's) is recorded
// then, and the plan cannot be passed on before the day.
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
const errors = (page) => page.locator('.govuk-error-summary').innerText()
const dueOf = (page, step) => page.locator('#timeline tr', { hasText: step }).locator('td').nth(1).innerText()

describe('a family with a plan moves to another council', () => {
  let transferUrl
  const heard = iso(Date.now() - 30 * day)

  test('York\'s caseworker records the move, and the plan is due to pass on the day of the move', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    const page = caseworker.page
    await page.goto('/children/child-demo-jordan')
    await page.getByRole('link', { name: 'Record a move to another council' }).click()
    await thenThePageIsAccessible(page)
    await fillDate(page, 'heard_on', heard)
    await page.getByRole('button', { name: 'Record the move' }).click()
    const problems = await errors(page)
    assert.match(problems, /Select the council the family is moving to/)
    assert.match(problems, /Enter the date the family moved/)
    assert.equal(await page.locator('#heard_on_day').inputValue(), String(Number(heard.slice(8))))
    await thenThePageIsAccessible(page)
    await page.getByLabel('Which council is the family moving to?').selectOption({ label: 'North Yorkshire' })
    await fillDate(page, 'moved_on', today)
    await page.getByRole('button', { name: 'Record the move' }).click()
    assert.equal(await page.locator('h1').innerText(), 'Moving to North Yorkshire')
    transferUrl = new URL(page.url()).pathname
    const due = statutoryDates('la_transfer', [{ type: 'old_la_notified', date: heard }, { type: 'moved', date: today }])
    assert.equal(await dueOf(page, 'Plan passed to the new council'), longDate(due.plan_transfer))
    assert.equal(await dueOf(page, 'New council tells the family'), longDate(due.new_la_notification))
    await thenThePageIsAccessible(page)
    await page.getByRole('button', { name: 'Pass the plan on' }).click()
    assert.match(await page.locator('main').innerText(), /Plan passed on[\s\S]*Your team no longer sees them/)
    await thenThePageIsAccessible(page)
    assert.equal((await page.goto('/children/child-demo-jordan')).status(), 404)
    await caseworker.context.close()
  })

  test('North Yorkshire\'s caseworker sees Jordan with the whole history and tells the family', async () => {
    const caseworker = await givenISignInAs('caseworker.northyorks@demo.sendhub.test')
    const page = caseworker.page
    await page.goto('/children/child-demo-jordan')
    assert.match(await page.locator('#cases').innerText(), /EHC needs assessment/)
    await page.goto(transferUrl)
    assert.equal(await page.locator('h1').innerText(), 'Plan passed to North Yorkshire')
    assert.match(await page.locator('#timeline').innerText(), /Done on time/)
    await fillDate(page, 'date', iso(Date.now() + 2 * day))
    await page.getByRole('button', { name: 'Record it' }).click()
    assert.match(await errors(page), /cannot be in the future/)
    await thenThePageIsAccessible(page)
    await fillDate(page, 'date', today)
    await page.getByRole('button', { name: 'Record it' }).click()
    assert.equal(await page.locator('h1').innerText(), 'Plan transferred')
    await thenThePageIsAccessible(page)
    await caseworker.context.close()
  })

  test('Jordan\'s parent follows the move on their own record', async () => {
    const parent = await givenISignInAs('parent@demo.sendhub.test')
    await parent.page.goto(transferUrl)
    assert.match(await parent.page.locator('.govuk-inset-text').innerText(), /North Yorkshire has the plan/)
    assert.equal(await parent.page.locator('form[action*="/transfers/"]').count(), 0)
    await thenThePageIsAccessible(parent.page)
    await parent.context.close()
  })
})

describe('a move the council hears of ahead of the day', () => {
  test('York records Casey\'s move three weeks ahead, and the plan waits for the day', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    const page = caseworker.page
    const moving = iso(Date.now() + 21 * day)
    await page.goto('/children/child-demo-casey')
    await page.getByRole('link', { name: 'Record a move to another council' }).click()
    await page.getByLabel('Which council is the family moving to?').selectOption({ label: 'North Yorkshire' })
    await fillDate(page, 'moved_on', moving)
    await page.getByRole('button', { name: 'Record the move' }).click()
    assert.equal(await page.locator('h1').innerText(), 'Moving to North Yorkshire')
    assert.match(await page.locator('main').innerText(), new RegExp(`The family move to North Yorkshire's area on ${longDate(moving)}`))
    const due = statutoryDates('la_transfer', [{ type: 'old_la_notified', date: today }, { type: 'moved', date: moving }])
    assert.equal(await dueOf(page, 'Plan passed to the new council'), longDate(due.plan_transfer))
    assert.match(await page.locator('form[action*="/transfers/"]').innerText(), /pass the plan on that day, not before/)
    await page.getByRole('button', { name: 'Pass the plan on' }).click()
    assert.match(await errors(page), /passed on on the day of the move/)
    await thenThePageIsAccessible(page)
    await caseworker.context.close()
  })
})
