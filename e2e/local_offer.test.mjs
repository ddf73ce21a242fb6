// The Local Offer as families and the people who keep it right use it: a parent searches in
// ordinary words (and misspellings) near a York postcode, reads a service, reports a problem and
// reads it in another language; a provider proposes a change that the council's Local Offer team
// approves; an overdue provider confirms an entry from the emailed link. axe-core checks every
// page, and the search and forms are used again with JavaScript off.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'

import { launchBrowser, openContext } from './support/browser.mjs'
import { aVisitor, givenISignInAs, thenThePageIsAccessible } from './support/steps.mjs'
import { startServer } from './support/server.mjs'
import { LocalOfferSearchPage } from './pages/local_offer_search_page.mjs'
import { LocalOfferServicePage } from './pages/local_offer_service_page.mjs'
import { LocalOfferManagePage } from './pages/local_offer_manage_page.mjs'

let server, chromium

before(async () => {
  server = await startServer()
  chromium = await launchBrowser()
})

after(async () => {
  await chromium?.close()
  assert.equal(await server?.stop(), 0)
})

const aParent = (options) => options ? openContext(chromium.browser, server.url, options).then(async (v) => ({ ...v, page: await v.context.newPage() })) : aVisitor(chromium, server)
const signedInAs = (email) => givenISignInAs(chromium, server, email)
const longToday = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

function thenThereWereNoProblems (visitor) {
  assert.deepEqual(visitor.problems, [], 'the page had console errors or failed requests')
}

describe('a parent searching the Local Offer', () => {
  test('finds speech and language services near a York postcode, nearest first', async () => {
    const parent = await aParent()
    const search = await new LocalOfferSearchPage(parent.page).visit()
    await thenThePageIsAccessible(parent.page)
    await search.searchFor('speech therapy', { where: 'yo10 5dd' })
    assert.match(await search.resultCount(), /\d+ services found/)
    assert.match(await search.distanceNote(), /Nearest first/)
    const names = await search.resultNames()
    assert.ok(names.length >= 3)
    assert.ok(names.slice(0, 6).includes("Children's Speech and Language Therapy"), names.join(' | '))
    assert.ok(names.slice(0, 6).includes('Speech and language drop-in for under-5s'), names.join(' | '))
    const miles = await search.distancesInMiles()
    assert.ok(miles.length >= 3)
    assert.deepEqual(miles, [...miles].sort((a, b) => a - b), 'distances rise down the list')
    assert.equal(await search.whereValue(), 'yo10 5dd')  // kept as typed
    await thenThePageIsAccessible(parent.page)
    thenThereWereNoProblems(parent)
    await parent.context.close()
  })

  test('"OT", "respite" and the misspelt "autisim" find what a parent means', async () => {
    const parent = await aParent()
    const search = await new LocalOfferSearchPage(parent.page).visit()
    await search.searchFor('OT')
    assert.equal((await search.resultNames())[0], "Children's Occupational Therapy")
    await search.searchFor('respite')
    const respite = await search.resultNames()
    for (const name of ['Short breaks for disabled children', 'Lime Tree House overnight short breaks', 'Saturday Club short breaks'])
      assert.ok(respite.includes(name), `${name} is among ${respite.join(' | ')}`)
    await search.searchFor('autisim')
    assert.match(await search.correction(), /Showing results for autism\. You searched for autisim\./)
    const autism = await search.resultNames()
    assert.ok(autism.includes('Autism parent support group'))
    assert.ok(autism.includes('Autism and ADHD assessment (neurodevelopmental pathway)'))
    await thenThePageIsAccessible(parent.page)
    await parent.context.close()
  })

  test('a postcode that is not one gets a clear message, and what was typed stays', async () => {
    const parent = await aParent()
    const search = await new LocalOfferSearchPage(parent.page).visit()
    await search.searchFor('swimming', { where: 'York' })
    assert.match(await search.errorSummary(), /Enter a real postcode, like YO1 7HH/)
    assert.equal(await search.whereValue(), 'York')
    assert.match(await parent.page.title(), /^Error:/)
    await thenThePageIsAccessible(parent.page)
    await search.searchFor('swimming', { where: 'ZZ99 9ZZ' })
    assert.match(await search.errorSummary(), /We could not find the postcode ZZ99 9ZZ/)
    await parent.context.close()
  })

  test('reads a service: how to get help, the wait, contacts, opening times, last checked, easy read', async () => {
    const parent = await aParent()
    const search = await new LocalOfferSearchPage(parent.page).visit()
    await search.searchFor('speech therapy')
    await search.openResult("Children's Speech and Language Therapy")
    const service = new LocalOfferServicePage(parent.page)
    assert.equal(await service.heading(), "Children's Speech and Language Therapy")
    const text = await service.main()
    for (const part of ['How to get help', 'You need a referral', 'Expected wait', 'Contact', 'Opening times', 'Where', 'Accessibility'])
      assert.ok(text.includes(part), part)
    assert.match(await service.expectedWait(), /14 weeks/)
    assert.match(text, /Mondays, Tuesdays, Wednesdays, Thursdays and Fridays, 8:30am to 5pm/)
    assert.match(await service.lastChecked(), /^Last checked: \d{1,2} \w+ \d{4}$/)
    await thenThePageIsAccessible(parent.page)
    await service.openEasyRead()
    assert.match(await service.heading(), /^Easy read: /)
    assert.match(await service.main(), /We help children who find talking hard/)
    await thenThePageIsAccessible(parent.page)
    await parent.context.close()
  })

  test('reads the Local Offer in Urdu (right to left) and Polish', async () => {
    const parent = await aParent()
    const search = await new LocalOfferSearchPage(parent.page).visit('?lang=ur')
    assert.equal(await search.htmlLang(), 'ur')
    assert.equal(await search.htmlDir(), 'rtl')
    assert.equal(await search.heading(), 'مدد اور خدمات تلاش کریں')
    assert.equal(await parent.page.locator('header').getAttribute('lang'), 'en')  // the layout stays English
    await thenThePageIsAccessible(parent.page)
    await parent.page.getByRole('link', { name: 'Polski' }).click()
    assert.equal(await search.htmlLang(), 'pl')
    assert.equal(await search.heading(), 'Znajdź wsparcie i usługi')
    await parent.page.locator('#what').fill('OT')
    await parent.page.getByRole('button', { name: 'Szukaj' }).click()
    assert.match(await search.resultCount(), /Liczba znalezionych usług: \d+/)
    assert.equal(await search.htmlLang(), 'pl')  // the language is kept through the search
    await thenThePageIsAccessible(parent.page)
    await parent.context.close()
  })
})

describe('with JavaScript off', () => {
  test('the search, filters and the report form all work', async () => {
    const parent = await aParent({ javaScriptEnabled: false })
    const search = await new LocalOfferSearchPage(parent.page).visit()
    await search.searchFor('short breaks', { where: 'YO31', age: '7', free: true })
    const names = await search.resultNames()
    assert.ok(names.length > 0)
    assert.ok(!names.includes('Saturday Club short breaks'), 'it has a cost, so the free filter leaves it out')
    await search.openResult(names[0])
    const service = new LocalOfferServicePage(parent.page)
    await service.reportAProblem()
    await service.sendReport()
    assert.match(await service.errorSummary(), /Select what is wrong/)
    await service.sendReport({ what: 'The opening times are wrong', details: 'It now opens at 10am on Saturdays.' })
    assert.equal(await service.heading(), 'Thank you')
    await parent.context.close()
  })
})

describe('keeping the Local Offer right', () => {
  test('a provider proposes a change, the Local Offer team approves it and families see it', async () => {
    const provider = await signedInAs('provider@demo.sendhub.test')
    const manage = await new LocalOfferManagePage(provider.page).visit()
    assert.equal(await manage.heading(), 'Manage the Local Offer')
    assert.ok((await manage.overdueNames()).includes('Saturday Club short breaks'))
    await thenThePageIsAccessible(provider.page)
    await manage.edit('Saturday Club short breaks')
    await thenThePageIsAccessible(provider.page)
    await manage.setField('Email address for families', 'not an email')
    await manage.save('Send changes for approval')
    assert.match(await manage.errorSummary(), /Enter an email address in the correct format/)
    await thenThePageIsAccessible(provider.page)
    await manage.setField('Email address for families', 'hello@minster-play.example.org')
    await manage.setField('Expected wait (optional)', 'About 6 weeks for a place')
    await manage.save('Send changes for approval')
    assert.match(await manage.notice(), /sent to the Local Offer team for approval/)

    const parent = await aParent()
    const before = new LocalOfferServicePage(parent.page)
    await parent.page.goto('/local-offer?what=saturday+club')
    await new LocalOfferSearchPage(parent.page).openResult('Saturday Club short breaks')
    const publicUrl = parent.page.url()
    assert.match(await before.expectedWait(), /about 3 months/)  // not yet approved

    const team = await signedInAs('localoffer@demo.sendhub.test')
    const dashboard = await new LocalOfferManagePage(team.page).visit()
    await thenThePageIsAccessible(team.page)
    await dashboard.openChange('Saturday Club short breaks')
    assert.match(await dashboard.changes(), /Expected wait\s+A waiting list of about 3 months\s+About 6 weeks for a place/)
    await thenThePageIsAccessible(team.page)
    await dashboard.decide(null)
    assert.match(await dashboard.errorSummary(), /Select whether to publish the change/)
    await dashboard.decide('Yes, publish it')
    assert.match(await dashboard.notice(), /The change is published/)

    await parent.page.goto(publicUrl)
    assert.equal(await before.expectedWait(), 'About 6 weeks for a place')
    assert.equal(await before.lastChecked(), `Last checked: ${longToday}`)
    await parent.context.close()

    // The change and who made it are in the history.
    await provider.page.goto('/local-offer/manage')
    await manage.edit('Saturday Club short breaks')
    await provider.page.getByRole('link', { name: 'Change history' }).click()
    assert.match(await provider.page.locator('#history').innerText(), /wait_time.*About 6 weeks for a place.*approved by City of York Council Local Offer team/s)
    await thenThePageIsAccessible(provider.page)
    await provider.context.close()
    await team.context.close()
  })

  test('overdue providers are emailed a link that confirms the entry in one click', async () => {
    const team = await signedInAs('localoffer@demo.sendhub.test')
    const dashboard = await new LocalOfferManagePage(team.page).visit()
    await dashboard.emailProvidersOfOverdueEntries()
    assert.match(await dashboard.notice(), /Emailed the providers of \d+ services past their check date/)
    await team.context.close()

    const reader = await openContext(chromium.browser, server.url)
    const inbox = await reader.context.newPage()
    await inbox.goto('/outbox')
    const mail = inbox.locator('.govuk-summary-card', { hasText: 'Please check your Local Offer entry: Holiday play scheme' })
    const link = new URL(await mail.locator('a').first().getAttribute('href'))
    await reader.context.close()

    const provider = await aParent()
    await provider.page.goto(link.pathname)
    assert.equal(await provider.page.locator('h1').innerText(), 'Is the entry for Holiday play scheme still correct?')
    await thenThePageIsAccessible(provider.page)
    await provider.page.getByRole('button', { name: 'Yes, it is still correct' }).click()
    assert.match(await provider.page.locator('h1').innerText(), /marked as checked/)
    await provider.page.goto(link.pathname)
    assert.equal(await provider.page.locator('h1').innerText(), 'This link has expired or has already been used')
    await provider.context.close()
  })

  test('problems families report reach the team, who close them', async () => {
    const parent = await aParent()
    const service = new LocalOfferServicePage(parent.page)
    await parent.page.goto('/local-offer?what=blue+badge')
    await new LocalOfferSearchPage(parent.page).openResult('Blue Badge and travel passes')
    await service.reportAProblem()
    await thenThePageIsAccessible(parent.page)
    await service.sendReport({ what: 'The phone number, email or website is wrong', details: 'The phone number rings out.' })
    await parent.context.close()

    const team = await signedInAs('localoffer@demo.sendhub.test')
    await team.page.goto('/local-offer/manage/problems')
    const report = team.page.locator('.govuk-summary-card', { hasText: 'The phone number rings out.' })
    assert.equal(await report.count(), 1)
    await thenThePageIsAccessible(team.page)
    await report.getByRole('button', { name: /Close report/ }).click()
    assert.equal(await team.page.locator('.govuk-summary-card', { hasText: 'The phone number rings out.' }).count(), 0)
    await team.context.close()
  })

  test('people who do not work on the directory cannot reach its editing pages', async () => {
    const parent = await signedInAs('parent@demo.sendhub.test')
    assert.equal((await parent.page.goto('/local-offer/manage')).status(), 404)
    await parent.context.close()
  })
})
