// The partnership board's dashboard: an analyst sees every headline figure with its target,
// status, trend and sparkline, the sparklines' numbers in a table, and no child's name; the
// figures are the ones `sendhub kpi --json` prints for the same record; families cannot open it.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'

import { launchBrowser, openContext } from './support/browser.mjs'
import { SignInPage } from './pages/sign_in_page.mjs'
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

function kpisFromTheCommandLine () {
  const run = spawnSync(process.env.SENDHUB_BIN, ['kpi', '--json', '--la', '816', '--database', server.database], { encoding: 'utf8' })
  assert.equal(run.status, 0, run.stderr)
  return JSON.parse(run.stdout).kpis
}

describe('the partnership dashboard', () => {
  test('an analyst sees the headline figures, their targets and trends, and no child', async () => {
    const { page, context } = await givenISignInAs('analyst@demo.sendhub.test')
    await page.getByRole('link', { name: 'Dashboard' }).click()
    await page.getByRole('heading', { name: 'Partnership dashboard' }).waitFor()

    const kpis = kpisFromTheCommandLine()
    const headline = ['requests_received', 'within_20_weeks_excluding_exceptions', 'active_plans', 'mediations_per_100_appealable']
    for (const id of headline) {
      const kpi = kpis.find((k) => k.id === id)
      const tile = page.locator(`#tile-${id}`)
      await tile.getByRole('heading', { name: kpi.title }).waitFor()
      const shown = await tile.locator('.sendhub-tile__value').innerText()
      if (kpi.unit === 'count') assert.equal(shown.replace(/,/g, ''), String(kpi.value))
      else if (kpi.value === null) assert.equal(shown, 'No data')
      else assert.ok(shown.startsWith(kpi.value.toFixed(1)), `${id}: ${shown} against ${kpi.value}`)
      assert.equal(await tile.locator('svg[role="img"]').count(), 1, `${id} has a sparkline`)
      assert.match(await tile.innerText(), /Target: .+/)
      assert.match(await tile.innerText(), /Trend by quarter: (Getting better|About the same|Getting worse|Not enough data)/)
    }
    // The 20-week figure has the operational plan's target of 85%.
    assert.match(await page.locator('#tile-within_20_weeks_excluding_exceptions').innerText(), /85%/)

    // Every sparkline's numbers are in a table, one row per headline figure, one column per quarter.
    const rows = page.locator('#by-quarter tbody tr')
    assert.equal(await rows.count(), await page.locator('.sendhub-tile').count())
    assert.equal(await page.locator('#by-quarter thead th').count(), 9)

    // Every KPI is listed with its definition next to it.
    assert.equal(await page.locator('#all-figures tbody tr').count(), kpis.length)
    await page.locator('#kpi-decisions_within_6_weeks summary').click()
    assert.match(await page.locator('#kpi-decisions_within_6_weeks').innerText(), /Time limit: SEND Regs 2014 reg 5\(1\)/)

    // Aggregates only: nothing on the page leads to a child's record.
    assert.equal(await page.locator('a[href^="/children/"], a[href^="/cases/"]').count(), 0)
    await thenThePageIsAccessible(page)
    await context.close()
  })

  test('the analyst follows a figure to its breakdowns, each chart with its table, and downloads them with small numbers hidden', async () => {
    const { page, context } = await givenISignInAs('analyst@demo.sendhub.test')
    await page.goto(`${server.url}/dashboard`)
    await page.locator('#tile-active_plans').getByRole('link').click()
    await page.getByRole('heading', { level: 1, name: 'EHC plans maintained' }).waitFor()
    const kpi = kpisFromTheCommandLine().find((k) => k.id === 'active_plans')
    assert.equal((await page.locator('#value').innerText()).replace(/,/g, ''), String(kpi.value))
    // One chart per breakdown, and each has a table with one row per bar.
    for (const dim of Object.keys(kpi.breakdowns)) {
      const bars = page.locator(`#table-${dim}`).locator('xpath=preceding-sibling::*[1]').locator('rect.bar')
      assert.equal(await bars.count(), kpi.breakdowns[dim].length, `${dim} bars`)
      assert.equal(await page.locator(`#table-${dim} tbody tr`).count(), kpi.breakdowns[dim].length, `${dim} rows`)
    }
    assert.equal(await page.getByRole('link', { name: /See the records/ }).count(), 0, 'analysts never reach a child')
    await thenThePageIsAccessible(page)

    const csv = await page.request.get(`${server.url}/dashboard/kpi/active_plans/export.csv?la=816`)
    assert.equal(csv.status(), 200)
    const text = await csv.text()
    assert.match(text, /^"EHC plans maintained, 816, /)
    assert.match(text, /\[c\]: a number from 1 to 4/)
    // The demo has fewer than 5 plans in force for some need: the page shows it, the download does not.
    const small = Object.values(kpi.breakdowns).flat().find((c) => c.value >= 1 && c.value <= 4)
    if (small) assert.ok(!text.split('\r\n').some((line) => line.startsWith(`${small.label},${small.value}`)))
    const xlsx = await page.request.get(`${server.url}/dashboard/kpi/all/export.xlsx?la=816`)
    assert.equal(xlsx.status(), 200)
    assert.equal((await xlsx.body()).subarray(0, 2).toString(), 'PK')
    assert.equal((await page.request.get(`${server.url}/dashboard/kpi/active_plans/cases?la=816`)).status(), 404)
    await context.close()
  })

  test('the SEN manager follows a figure to the records behind it', async () => {
    const { page, context } = await givenISignInAs('manager@demo.sendhub.test')
    await page.goto(`${server.url}/dashboard/kpi/active_plans?la=816`)
    await page.locator('#table-whole').getByRole('link', { name: /See the records/ }).click()
    await page.getByRole('heading', { name: 'Records behind: EHC plans maintained' }).waitFor()
    const kpi = kpisFromTheCommandLine().find((k) => k.id === 'active_plans')
    assert.equal(await page.locator('#cases tbody tr').count(), kpi.value)
    assert.equal(await page.locator('#cases a[href^="/children/"]').count(), kpi.value)
    await thenThePageIsAccessible(page)
    await context.close()
  })

  test('an earlier period can be chosen, and a wrong date is explained', async () => {
    const { page, context } = await givenISignInAs('manager@demo.sendhub.test')
    await page.goto(`${server.url}/dashboard`)
    await page.locator('#to').fill('2025-08-31')
    await page.getByRole('button', { name: 'Show figures' }).click()
    await page.getByText('Figures for 1 September 2024 to 31 August 2025').waitFor()
    await page.locator('#to').fill('31-08-2025')
    await page.getByRole('button', { name: 'Show figures' }).click()
    assert.match(await page.locator('.govuk-error-summary').innerText(), /must be a date like 2027-01-21/)
    assert.equal(await page.locator('#to').inputValue(), '31-08-2025')
    await thenThePageIsAccessible(page)
    await context.close()
  })

  test('filters narrow the figures to some children, and a district not in the record is explained', async () => {
    const { page, context } = await givenISignInAs('analyst@demo.sendhub.test')
    await page.goto(`${server.url}/dashboard`)
    const all = Number((await page.locator('#tile-active_plans .sendhub-tile__value').innerText()).replace(/,/g, ''))
    await page.getByText('Filter the figures to some children').click()
    await page.locator('#need').selectOption('ASD')
    await page.getByRole('button', { name: 'Show figures' }).click()
    await page.getByText('only children with primary need: Autistic spectrum disorder').waitFor()
    assert.equal(await page.locator('#need').inputValue(), 'ASD')
    const autism = Number((await page.locator('#tile-active_plans .sendhub-tile__value').innerText()).replace(/,/g, ''))
    assert.ok(autism <= all, `${autism} of ${all}`)
    // The choice follows the figure to its own page and its downloads.
    const kpiPage = await page.locator('#tile-active_plans a').getAttribute('href')
    assert.match(kpiPage, /need=ASD/)
    await thenThePageIsAccessible(page)
    // A download read on its own says which children it counts.
    const csv = await page.request.get(`${server.url}${kpiPage.replace('/dashboard/kpi/active_plans?', '/dashboard/kpi/active_plans/export.csv?')}`)
    assert.equal(csv.status(), 200)
    assert.match(csv.headers()['content-disposition'], /-filtered\.csv"/)
    assert.match((await csv.text()).split('\r\n')[0], /only children with primary need: Autistic spectrum disorder/)

    await page.locator('#district').fill('ZZ99')
    await page.getByRole('button', { name: 'Show figures' }).click()
    assert.match(await page.locator('.govuk-error-summary').innerText(), /No child in the record lives in postcode district ZZ99/)
    assert.equal(await page.locator('#district').inputValue(), 'ZZ99')
    await thenThePageIsAccessible(page)
    await context.close()
  })

  test('the SEN manager checks the SEN2 return, sees what to put right, and downloads the XML', async () => {
    const { page, context } = await givenISignInAs('manager@demo.sendhub.test')
    await page.goto(`${server.url}/dashboard`)
    await page.getByRole('link', { name: 'Check and download the SEN2 return' }).click()
    await page.locator('#census').fill('2027-01-21')
    await page.getByRole('button', { name: 'Check the return' }).click()
    await page.getByRole('heading', { name: 'The return for census day 21 January 2027' }).waitFor()
    const problems = page.locator('#problems tbody tr')
    // The small demo's children have no recorded sex or ethnicity yet: the check says so.
    assert.ok(await problems.count() > 0)
    assert.match(await page.locator('#problems').innerText(), /Sex/)
    for (let i = 0; i < await problems.count(); ++i) {
      const link = problems.nth(i).getByRole('link', { name: /Change the record/ })
      if (await link.count()) assert.match(await link.getAttribute('href'), /^\/children\/[^/]+\/details$/)
    }
    await thenThePageIsAccessible(page)

    const download = await page.request.get(`${server.url}/dashboard/sen2/download?la=816&census=2027-01-21`)
    assert.equal(download.status(), 200)
    assert.match(download.headers()['content-disposition'], /attachment; filename="sen2-816-2027-01-21.xml"/)
    const xmllint = spawnSync('xmllint', ['--noout', '--schema', new URL('../data/sen2/SEN2_schema_2024.xsd', import.meta.url).pathname, '-'], { input: await download.body(), encoding: 'utf8' })
    // The file is written whatever the record holds; the schema refuses it for the same problems.
    assert.notEqual(xmllint.status, 0)
    assert.match(xmllint.stderr, /Element 'Sex'/)

    await page.locator('#census').fill('21/01/2027')
    await page.getByRole('button', { name: 'Check the return' }).click()
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter the census date as a date like 2027-01-21/)
    assert.equal(await page.locator('#census').inputValue(), '21/01/2027')
    await context.close()
  })

  test('an analyst sees figures only: no SEN2 return, which names children', async () => {
    const { page, context } = await givenISignInAs('analyst@demo.sendhub.test')
    await page.goto(`${server.url}/dashboard`)
    assert.equal(await page.getByRole('link', { name: 'Check and download the SEN2 return' }).count(), 0)
    assert.equal((await page.goto(`${server.url}/dashboard/sen2`)).status(), 404)
    assert.equal((await page.request.get(`${server.url}/dashboard/sen2/download?la=816&census=2027-01-21`)).status(), 404)
    await context.close()
  })

  test('the dashboard, a KPI, its records and the SEN2 check work with JavaScript off', async () => {
    const { context } = await openContext(chromium.browser, server.url, { javaScriptEnabled: false })
    const page = await context.newPage()
    await (await new SignInPage(page).visit()).signInAs('manager@demo.sendhub.test')
    await page.goto('/dashboard')
    await page.locator('#tile-active_plans').getByRole('link').click()
    await page.getByRole('heading', { level: 1, name: 'EHC plans maintained' }).waitFor()
    assert.ok(await page.locator('svg[role="img"]').count() > 1)
    await page.locator('#table-whole').getByRole('link', { name: /See the records/ }).click()
    await page.getByRole('heading', { name: 'Records behind: EHC plans maintained' }).waitFor()
    await page.goto('/dashboard/sen2')
    await page.getByRole('button', { name: 'Check the return' }).click()
    await page.locator('#result').waitFor()
    await context.close()
  })

  test('the analyst prints a board report for a chosen period, with small numbers hidden', async () => {
    const { page, context } = await givenISignInAs('analyst@demo.sendhub.test')
    await page.goto(`${server.url}/dashboard?la=816&to=2026-08-31`)
    await page.getByRole('link', { name: 'Board report for this period, to print or save as PDF' }).click()
    await page.getByRole('heading', { level: 1, name: 'Partnership board report' }).waitFor()
    await page.getByText('Local authority 816, 1 September 2025 to 31 August 2026').waitFor()

    // Every KPI is in the summary and has its own section, with the figure the command line gives
    // unless it is a number from 1 to 4 (or worked out from one), which shows as [c].
    const run = spawnSync(process.env.SENDHUB_BIN, ['kpi', '--json', '--la', '816', '--to', '2026-08-31', '--database', server.database], { encoding: 'utf8' })
    assert.equal(run.status, 0, run.stderr)
    const kpis = JSON.parse(run.stdout).kpis
    assert.equal(await page.locator('#summary tbody tr').count(), kpis.length)
    const small = (n) => n >= 1 && n <= 4
    for (const kpi of kpis) {
      const heading = await page.locator(`#kpi-${kpi.id}-title`).innerText()
      const hidden = kpi.unit === 'count' ? small(kpi.value) : small(kpi.numerator) || small(kpi.denominator)
      if (hidden) assert.ok(heading.endsWith(': [c]'), heading)
      else if (kpi.unit === 'count') assert.ok(heading.replace(/,/g, '').endsWith(`: ${kpi.value}`), heading)
      else if (kpi.value === null) assert.ok(heading.endsWith(': No data'), heading)
      else assert.ok(heading.includes(kpi.value.toFixed(1)), `${heading} against ${kpi.value}`)
    }
    // No count anywhere in the report's tables is from 1 to 4.
    const counts = await page.locator('section.sendhub-report-kpi table').evaluateAll((tables) => tables.flatMap((t) => {
      const heads = [...t.querySelectorAll('thead th')].map((th) => th.innerText)
      return [...t.querySelectorAll('tbody tr')].flatMap((tr) => [...tr.children].map((cell, i) => ({ head: heads[i], text: cell.innerText })))
        .filter((c) => ['Number', 'Counted', 'Out of'].includes(c.head))
    }))
    assert.ok(counts.length > 100, `${counts.length} counts`)
    for (const c of counts) assert.ok(!/^[1-4]$/.test(c.text), `${c.head} shows ${c.text}`)
    assert.ok(counts.some((c) => c.text === '[c]'), 'the small demo has some small numbers to hide')
    await thenThePageIsAccessible(page)
    await context.close()
  })

  test('a parent cannot open the dashboard', async () => {
    const { page, context } = await givenISignInAs('parent@demo.sendhub.test')
    assert.equal(await page.getByRole('link', { name: 'Dashboard' }).count(), 0)
    const res = await page.goto(`${server.url}/dashboard`)
    assert.equal(res.status(), 404)
    await context.close()
  })
})
