// An EHC needs assessment as the people in it live it: Robin's parent asks for an assessment,
// the caseworker decides to assess and asks for advice, and at each step the parent's page
// shows the stage and the dates, which must equal `sendhub timeline` over the same events.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'

import { launchBrowser, openContext } from './support/browser.mjs'
import { longDate, statutoryDates, today } from './support/dates.mjs'
import { givenISignInAs as signInIn, thenThePageIsAccessible } from './support/steps.mjs'
import { SignInPage } from './pages/sign_in_page.mjs'
import { startServer } from './support/server.mjs'
import { CasePage } from './pages/case_page.mjs'
import { PlanPage } from './pages/plan_page.mjs'
import { OutboxPage } from './pages/outbox_page.mjs'

let server, chromium
const robin = '/children/child-demo-robin'

before(async () => {
  server = await startServer()
  chromium = await launchBrowser()
})

after(async () => {
  await chromium?.close()
  assert.equal(await server?.stop(), 0)
})

const givenISignInAs = (email) => signInIn(chromium, server, email)

// What the statutory engine says, asked through the command line as a script would.
const engine = (events) => statutoryDates('ehc_needs_assessment', events)

describe('an EHC needs assessment, request to final plan', () => {
  let caseUrl

  test('a parent asks for an assessment and sees when the decision is due', async () => {
    const first = await givenISignInAs('parent2@demo.sendhub.test')
    await first.page.goto(robin)
    await first.page.getByRole('button', { name: 'Ask for an EHC needs assessment' }).click()
    assert.equal(await first.page.locator('h1').innerText(), 'Ask for an EHC needs assessment for Robin Sample\nWhat does Robin find hard?')
    await thenThePageIsAccessible(first.page)
    await first.page.getByRole('button', { name: 'Continue' }).click()
    assert.match(await first.page.locator('.govuk-error-summary').innerText(), /Say what your child finds hard/)
    await thenThePageIsAccessible(first.page)
    await first.page.getByLabel('What does Robin find hard?').fill('Robin cannot cope in class and shuts down when plans change.')
    await first.page.getByRole('button', { name: 'Continue' }).click()
    assert.equal(await first.page.locator('h1').innerText(), 'Ask for an EHC needs assessment for Robin Sample\nWhat support has Robin had so far?')
    await first.page.context().close()

    // Another day: the record offers to carry on, and the saved answer is there.
    const parent = await givenISignInAs('parent2@demo.sendhub.test')
    await parent.page.goto(robin)
    assert.match(await parent.page.locator('main').innerText(), /You started a request and saved it on/)
    await parent.page.getByRole('button', { name: 'Carry on with your request for an EHC needs assessment' }).click()
    await parent.page.getByLabel('What support has Robin had so far?').fill('A support plan at school since September; it has not helped.')
    await parent.page.getByRole('button', { name: 'Continue' }).click()
    await thenThePageIsAccessible(parent.page)
    await parent.page.getByRole('button', { name: 'Continue' }).click()  // what they would like: optional
    assert.equal(await parent.page.locator('h1').innerText(), 'Reports and letters (optional)')
    await parent.page.getByRole('button', { name: 'Add this file' }).click()
    assert.match(await parent.page.locator('.govuk-error-summary').innerText(), /Enter a title/)
    await thenThePageIsAccessible(parent.page)
    await parent.page.getByLabel('What is it?').fill('School support plan')
    await parent.page.getByLabel('The file').setInputFiles({ name: 'plan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') })
    await parent.page.getByRole('button', { name: 'Add this file' }).click()
    assert.match(await parent.page.locator('#evidence').innerText(), /School support plan \(plan\.pdf/)
    await parent.page.getByRole('button', { name: 'Continue' }).click()
    assert.equal(await parent.page.locator('h1').innerText(), 'Check your answers before sending your request')
    assert.match(await parent.page.locator('#difficulties').innerText(), /shuts down when plans change/)
    await thenThePageIsAccessible(parent.page)
    await parent.page.getByRole('link', { name: 'Change what does Robin find hard?' }).click()
    await parent.page.getByLabel('What does Robin find hard?').fill('Robin cannot cope in class and the support plan has not helped.')
    await parent.page.getByRole('button', { name: 'Save and go back to your answers' }).click()
    assert.match(await parent.page.locator('#difficulties').innerText(), /the support plan has not helped/)
    await parent.page.getByRole('button', { name: 'Send request' }).click()
    caseUrl = new URL(parent.page.url()).pathname
    const casePage = new CasePage(parent.page)
    assert.equal(await casePage.stage(), 'Deciding whether to assess')
    const due = engine([{ type: 'request_received', date: today }])
    assert.match(await casePage.summary(), new RegExp(`by ${longDate(due.decision_to_assess)}`))
    assert.equal(await casePage.dueDateOf('Decision whether to assess'), longDate(due.decision_to_assess))
    assert.equal(await casePage.dueDateOf('Final plan'), longDate(due.final_plan))
    await thenThePageIsAccessible(parent.page)

    // Asking again shows the open request instead of making a second one.
    await parent.page.goto(robin)
    assert.equal(await parent.page.getByRole('button', { name: 'Ask for an EHC needs assessment' }).count(), 0)
    assert.equal((await parent.page.locator('#cases a').allInnerTexts()).length, 1)
    await parent.context.close()
  })

  test('the other family cannot see the case', async () => {
    const other = await givenISignInAs('parent@demo.sendhub.test')
    assert.equal((await other.page.goto(caseUrl)).status(), 404)
    await other.context.close()
  })

  test('the caseworker finds it on the caseload, decides to assess and asks for advice', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    await caseworker.page.goto('/cases')
    await thenThePageIsAccessible(caseworker.page)
    assert.match(await caseworker.page.locator('main').innerText(), /overdue/i)  // demo cases include late ones
    await caseworker.page.getByLabel('School or setting').selectOption({ label: 'Demo Academy' })
    await caseworker.page.getByRole('button', { name: 'Apply filters' }).click()
    assert.deepEqual(await caseworker.page.locator('tbody tr td:nth-child(6)').allInnerTexts(), ['Demo Academy'])  // Robin's school only
    await caseworker.page.getByRole('link', { name: 'Robin Sample' }).click()
    const casePage = new CasePage(caseworker.page)
    await casePage.decide(null)
    assert.match(await casePage.errorSummary(), /Select whether the council will carry out an assessment/)
    await thenThePageIsAccessible(caseworker.page)
    await casePage.decide('No, do not assess')
    assert.match(await casePage.errorSummary(), /Give the reasons/)
    await casePage.decide('Yes, assess')
    assert.equal(await casePage.stage(), 'Assessment under way')
    await caseworker.page.getByLabel('Person to ask (The health team), who will then see this case').selectOption({ label: 'Harper Health, Demo NHS Foundation Trust' })
    await caseworker.page.getByLabel('Person to ask (The educational psychologist), who will then see this case').selectOption({ label: 'Eden Psychologist, City of York Educational Psychology Service' })
    await casePage.askForAdvice('The health team', 'The educational psychologist')
    assert.match(await caseworker.page.locator('#history').innerText(), /Asked the health team for advice/)
    await thenThePageIsAccessible(caseworker.page)
    await caseworker.context.close()
  })

  test('the parent is emailed, and sees who was asked and by when', async () => {
    const reader = await openContext(chromium.browser, server.url)
    const outbox = await new OutboxPage(await reader.context.newPage()).visit()
    assert.deepEqual(await outbox.subjectsTo('parent2@demo.sendhub.test'), ['The council will carry out an EHC needs assessment'])
    await reader.context.close()

    const parent = await givenISignInAs('parent2@demo.sendhub.test')
    await parent.page.goto(caseUrl)
    const casePage = new CasePage(parent.page)
    assert.equal(await casePage.stage(), 'Assessment under way')
    const due = engine([
      { type: 'request_received', date: today },
      { type: 'decision_to_assess', date: today, outcome: 'assess' },
      { type: 'advice_requested', date: today, adviser: 'health' },
      { type: 'advice_requested', date: today, adviser: 'psychology' }
    ])
    assert.match(await casePage.summary(),
      new RegExp(`We asked the health team and the educational psychologist for advice on ${longDate(today)}. They have until ${longDate(due['advice:health'])}.`))
    assert.equal(await casePage.dueDateOf('Advice from the health team'), longDate(due['advice:health']))
    assert.equal(await parent.page.getByRole('button', { name: 'Record decision' }).count(), 0)  // families see, the council acts
    await thenThePageIsAccessible(parent.page)
    await parent.context.close()
  })

  test('the educational psychologist and the health professional write their advice', async () => {
    for (const [email, needs] of [['ep@demo.sendhub.test', 'Robin finds changes of routine very hard.'],
      ['health@demo.sendhub.test', 'Robin has difficulty with expressive language.']]) {
      const adviser = await givenISignInAs(email)
      await adviser.page.goto('/advice')
      await thenThePageIsAccessible(adviser.page)
      await adviser.page.getByRole('link', { name: 'Write advice for Robin Sample' }).click()
      await adviser.page.getByRole('button', { name: 'Send advice' }).click()
      assert.match(await adviser.page.locator('.govuk-error-summary').innerText(), /Describe the needs/)
      await thenThePageIsAccessible(adviser.page)
      await adviser.page.getByLabel('Needs you have seen').fill(needs)
      await adviser.page.locator('#provision_1_what').fill('Visual timetable and warnings before changes')
      await adviser.page.locator('#provision_1_who').fill('Class teacher')
      await adviser.page.getByRole('button', { name: 'Send advice' }).click()
      assert.match(await adviser.page.locator('.govuk-error-summary').innerText(), /Provision 1: say what it is, who gives it and how often/)
      assert.equal(await adviser.page.getByLabel('Needs you have seen').inputValue(), needs)  // kept
      await adviser.page.locator('#provision_1_how_often').fill('Every day')
      await adviser.page.getByLabel('Outcomes you suggest').fill('Robin moves between lessons calmly.')
      await adviser.page.getByRole('button', { name: 'Send advice' }).click()
      assert.match(await adviser.page.locator('.govuk-notification-banner').innerText(), /Your advice has been sent/)
      await adviser.context.close()
    }
  })

  test('the caseworker writes the plan from the advice and sends the draft', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    await caseworker.page.goto(caseUrl)
    assert.match(await caseworker.page.locator('main').innerText(), /Robin finds changes of routine very hard/)
    // Sending before the plan is written says what is missing and sends nothing.
    await caseworker.page.getByRole('button', { name: 'Send draft plan' }).click()
    assert.match(await new CasePage(caseworker.page).errorSummary(), /Write the plan before sending it/)
    await caseworker.page.getByRole('link', { name: 'Start writing the plan' }).first().click()
    await caseworker.page.getByRole('button', { name: 'Start writing the plan' }).click()
    const plan = new PlanPage(caseworker.page)
    assert.equal(await plan.status(), 'Working copy (not yet sent)')
    // Tell it once: the advice is already in section K, each recommendation waiting to be carried.
    assert.match(await plan.document(), /Recommendation k1\.1: Visual timetable and warnings before changes: Class teacher, Every day/)
    assert.match(await plan.readiness(), /Add the child's special educational needs to section B/)
    await thenThePageIsAccessible(caseworker.page)

    await plan.addView({ kind: 'Hopes and aspirations', voice: 'The child, in their words', text: '"I want to make a comic book."', ownWords: true })
    assert.match(await plan.document(), /"I want to make a comic book\."/)
    await caseworker.page.getByRole('link', { name: 'Add a special educational need' }).click()
    await thenThePageIsAccessible(caseworker.page)
    await plan.save()
    assert.match(await plan.errorSummary(), /Select the area of need/)
    assert.match(await plan.errorSummary(), /Enter the need/)
    await thenThePageIsAccessible(caseworker.page)
    await caseworker.page.getByLabel('Social, emotional and mental health').check()
    await caseworker.page.getByLabel('The need').fill('Robin finds changes of routine very hard and becomes distressed.')
    await plan.save()
    assert.match(await plan.document(), /b1: Social, emotional and mental health/)
    await plan.addOutcome({
      text: 'By the end of Year 8, Robin will move between lessons on his own, calmly, on 4 days out of 5.',
      stage: 'The end of year 8',
      york: 'I can overcome challenges and difficulties on my own or with support',
      needs: ['b1']
    })
    await caseworker.page.getByRole('link', { name: 'Add provision to section F' }).click()
    await caseworker.page.getByLabel('How many sessions?').fill('two')
    await plan.save()
    assert.match(await plan.errorSummary(), /Enter how many sessions, as a number/)
    assert.equal(await caseworker.page.getByLabel('How many sessions?').inputValue(), 'two')  // kept as typed
    await plan.fillProvision({
      text: 'A teaching assistant shows Robin a visual timetable and warns him before each change, every school day, 1:1 for 10 minutes.',
      what: 'Visual timetable and warnings', who: 'Teaching assistant trained in autism support',
      count: '1', per: 'each school day', minutes: '10', group: '1:1', needs: ['b1'], outcomes: ['o1']
    })
    for (const [section, text] of [['C', 'No health care needs have been identified.'], ['D', 'No social care needs have been identified.'],
      ['G', 'No health care provision is required.'], ['H1', 'No social care provision under section 2 is required.'],
      ['H2', 'No other social care provision is required.']]) await plan.sayNothingIn(section, text)
    assert.match(await plan.readiness(), /The plan is ready to send to the family as a draft/)
    assert.match(await plan.readiness(), /Recommendation k1\.1 .* is not in the plan/)
    await caseworker.page.goto(caseUrl)
    await caseworker.page.getByLabel('A note to the family with the draft (optional)').fill('We have used the advice from school and health.')
    await caseworker.page.getByRole('button', { name: 'Send draft plan' }).click()
    assert.equal(await new CasePage(caseworker.page).stage(), 'Draft plan sent')
    await caseworker.context.close()
  })

  test('the parent reads the draft plan, comments and names a school', async () => {
    const parent = await givenISignInAs('parent2@demo.sendhub.test')
    await parent.page.goto(caseUrl)
    const casePage = new CasePage(parent.page)
    assert.equal(await casePage.stage(), 'Draft plan sent')
    const due = engine([
      { type: 'request_received', date: today },
      { type: 'decision_to_assess', date: today, outcome: 'assess' },
      { type: 'advice_requested', date: today, adviser: 'health' },
      { type: 'advice_requested', date: today, adviser: 'psychology' },
      { type: 'advice_received', date: today, adviser: 'psychology' },
      { type: 'advice_received', date: today, adviser: 'health' },
      { type: 'draft_plan_issued', date: today }
    ])
    assert.match(await casePage.summary(), new RegExp(`You have until ${longDate(due.draft_representations_close)}`))
    await thenThePageIsAccessible(parent.page)
    await parent.page.getByRole('link', { name: 'Read the draft plan' }).click()
    const plan = new PlanPage(parent.page)
    assert.equal(await plan.status(), 'Draft for comments (version 1)')
    assert.match(await plan.document(), /A teaching assistant shows Robin a visual timetable/)
    assert.match(await plan.document(), /How often\s+1 session each school day/)
    assert.equal(await parent.page.getByRole('link', { name: 'Change' }).count(), 0)  // families read, the council edits
    await thenThePageIsAccessible(parent.page)
    const [file] = await Promise.all([parent.page.waitForEvent('download'), parent.page.getByRole('link', { name: /Download it as a data file/ }).click()])
    assert.equal(file.suggestedFilename(), 'ehc-plan-version-1.json')
    await parent.page.getByRole('link', { name: 'Print this plan' }).click()
    assert.match(await parent.page.locator('main').innerText(), /Education, health and care plan for Robin Sample/)
    await thenThePageIsAccessible(parent.page)
    await parent.page.goto(caseUrl)
    await parent.page.getByRole('button', { name: 'Send your response' }).click()
    assert.match(await parent.page.locator('.govuk-error-summary').innerText(), /Write your comments/)
    await parent.page.getByLabel('Your comments on the draft plan').fill('Please make the timetable support twice a day.')
    await parent.page.getByLabel('The school or setting you would like named').fill('Demo Academy')
    await parent.page.getByRole('button', { name: 'Send your response' }).click()
    assert.match(await parent.page.locator('main').innerText(), /School or setting they would like: Demo Academy/)
    await parent.page.getByRole('button', { name: 'Ask for a meeting' }).click()
    assert.match(await parent.page.locator('.govuk-error-summary').innerText(), /Say when suits you/)
    await parent.page.getByLabel('When suits you, and what would you like to talk about?').fill('Any morning; we would like to talk about lunchtimes.')
    await parent.page.getByRole('button', { name: 'Ask for a meeting' }).click()
    assert.match(await parent.page.locator('#meetings').locator('..').innerText(), /Any morning; we would like to talk about lunchtimes\./)
    await thenThePageIsAccessible(parent.page)
    await parent.context.close()
  })

  test('the caseworker changes the plan, names the school and issues the final plan; the family sees what changed', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    await caseworker.page.goto(caseUrl)
    await caseworker.page.locator('#meeting_when').fill('Tuesday at 10am')
    await caseworker.page.locator('#meeting_where').fill('West Offices, room 3')
    await caseworker.page.getByRole('button', { name: 'Arrange the meeting' }).click()
    assert.match(await caseworker.page.locator('main').innerText(), /Arranged: Tuesday at 10am, West Offices, room 3/)
    // Consult the school the family named before naming it.
    await caseworker.page.getByLabel('School or setting', { exact: true }).selectOption({ label: 'Demo Primary School' })
    const replyBy = new Date(Date.now() + 14 * 86400000)
    await caseworker.page.locator('#reply_by_day').fill(String(replyBy.getUTCDate()))
    await caseworker.page.locator('#reply_by_month').fill(String(replyBy.getUTCMonth() + 1))
    await caseworker.page.locator('#reply_by_year').fill(String(replyBy.getUTCFullYear()))
    await caseworker.page.getByRole('button', { name: 'Send the consultation' }).click()
    assert.match(await caseworker.page.locator('main').innerText(), /Waiting for a reply/)
    await thenThePageIsAccessible(caseworker.page)
    await caseworker.context.close()

    const senco = await givenISignInAs('senco@demo.sendhub.test')
    await senco.page.goto(caseUrl)
    await senco.page.getByLabel('Yes, with changes or extra resources').check()
    await senco.page.getByRole('button', { name: 'Send your answer' }).click()
    assert.match(await senco.page.locator('.govuk-error-summary').innerText(), /Give your reasons/)
    await senco.page.getByLabel('Your reasons').fill('We would need a quiet room at lunchtimes.')
    await senco.page.getByRole('button', { name: 'Send your answer' }).click()
    await thenThePageIsAccessible(senco.page)
    await senco.context.close()

    const again = await givenISignInAs('caseworker@demo.sendhub.test')
    await again.page.goto(`${caseUrl}/plan`)
    const plan = new PlanPage(again.page)
    await again.page.locator('#item-f1').getByRole('link', { name: 'Change' }).click()
    await again.page.getByLabel('How many sessions?').fill('2')
    await plan.save()
    await plan.carry('k1.1', 'f1')
    await plan.carry('k2.1', 'f1')
    await again.page.goto(caseUrl)
    await again.page.getByRole('button', { name: 'Issue final plan' }).click()
    assert.match(await new CasePage(again.page).errorSummary(), /Name the school or setting in section I/)
    await again.page.goto(`${caseUrl}/plan`)
    await plan.namePlacement('Demo Academy', 'mainstream secondary school')
    assert.match(await plan.readiness(), /The plan is ready to send as the final plan/)
    await again.page.goto(caseUrl)
    await again.page.getByRole('button', { name: 'Issue final plan' }).click()
    assert.equal(await new CasePage(again.page).stage(), 'Plan issued')
    await thenThePageIsAccessible(again.page)
    await again.context.close()

    const family = await givenISignInAs('parent2@demo.sendhub.test')
    await family.page.goto(caseUrl)
    assert.equal(await new CasePage(family.page).stage(), 'Plan issued')
    assert.match(await family.page.locator('main').innerText(), /School or setting named in the plan: Demo Academy/)
    await family.page.getByRole('link', { name: 'Read the final plan' }).click()
    const final = new PlanPage(family.page)
    assert.equal(await final.status(), 'Final plan (version 2)')
    assert.match(await final.document(), /Next review due by/)
    await family.page.getByRole('link', { name: /What changed in version 2/ }).click()
    const changes = await family.page.locator('main').innerText()
    assert.match(changes, /How often\s+1 session each school day\s+2 sessions each school day/)
    assert.match(changes, /School or setting\s+Not yet named\s+Demo Academy \(mainstream secondary school\)/)
    await thenThePageIsAccessible(family.page)
    await family.context.close()
  })

  test('the API timeline is exactly what `sendhub timeline` prints for the same events', async () => {
    const admin = await givenISignInAs('admin@demo.sendhub.test')
    await admin.page.goto('/account/api-tokens')
    await admin.page.getByLabel('Which system will use it?').fill('Timeline check')
    await admin.page.getByLabel('Role it acts as').selectOption('sen_caseworker')
    await admin.page.getByLabel('Organisation').selectOption({ label: 'City of York Council SEN team' })
    await admin.page.getByLabel(/Read children's records/).check()
    await admin.page.getByRole('button', { name: 'Create token' }).click()
    const token = await admin.page.locator('#new-token').innerText()
    await admin.context.close()
    const api = await (await fetch(`${server.url}/api/v1${caseUrl}/timeline`, { headers: { Authorization: `Bearer ${token}` } })).text()
    const cli = spawnSync(process.env.SENDHUB_BIN, ['timeline', '-'], {
      encoding: 'utf8',
      input: JSON.stringify({
        process: 'ehc_needs_assessment',
        today,
        events: [
          { type: 'request_received', date: today },
          { type: 'decision_to_assess', date: today, outcome: 'assess' },
          { type: 'advice_requested', date: today, adviser: 'health' },
          { type: 'advice_requested', date: today, adviser: 'psychology' },
          { type: 'advice_received', date: today, adviser: 'psychology' },
          { type: 'advice_received', date: today, adviser: 'health' },
          { type: 'draft_plan_issued', date: today },
          { type: 'final_plan_issued', date: today }
        ]
      })
    })
    assert.deepEqual(JSON.parse(api), JSON.parse(cli.stdout))
    const detail = await (await fetch(`${server.url}/api/v1${caseUrl}`, { headers: { Authorization: `Bearer ${token}` } })).json()
    assert.equal(detail.stage, 'Plan issued')
    assert.equal(detail.named_setting, 'Demo Academy')
    const auth = { headers: { Authorization: `Bearer ${token}` } }
    const plan = await (await fetch(`${server.url}/api/v1${caseUrl}/plan`, auth)).json()
    assert.equal(plan.format, 'sendhub-plan/1')
    assert.equal(plan.status, 'final')
    assert.equal(plan.version, 2)
    assert.equal(plan.placement.name, 'Demo Academy')
    assert.deepEqual(plan.provision[0].frequency, { count: 2, per: 'day' })
    assert.equal((await (await fetch(`${server.url}/api/v1${caseUrl}/plan?version=1`, auth)).json()).status, 'draft')
    assert.equal((await fetch(`${server.url}/api/v1${caseUrl}/plan?version=9`, auth)).status, 404)
    const list = await (await fetch(`${server.url}/api/v1/cases`, { headers: { Authorization: `Bearer ${token}` } })).json()
    assert.ok(list.cases.length > 10)
    assert.ok(!list.cases.some((c) => c.id === detail.id))  // closed cases leave the caseload
    assert.equal((await fetch(`${server.url}/api/v1/cases/no-such-case`, { headers: { Authorization: `Bearer ${token}` } })).status, 404)
  })
})

describe('views, exceptions and the record', () => {
  test('a parent writes their child\'s views once, and they show on the case', async () => {
    const parent = await givenISignInAs('parent@demo.sendhub.test')
    await parent.page.goto('/children/child-demo-alex')
    await parent.page.getByRole('link', { name: 'Your views and your child\'s views' }).click()
    await thenThePageIsAccessible(parent.page)
    await parent.page.getByRole('button', { name: 'Save views' }).click()
    assert.match(await parent.page.locator('.govuk-error-summary').innerText(), /Write something in at least one of the boxes/)
    await parent.page.getByLabel('What is important to me').fill('My dog Biscuit and Lego.')
    await parent.page.getByLabel('My hopes for the future').fill('To be a vet.')
    await parent.page.getByRole('button', { name: 'Save views' }).click()
    assert.match(await parent.page.locator('.govuk-notification-banner').innerText(), /Your views have been saved/)
    await parent.page.goto('/cases/case-demo-alex-1')
    assert.match(await parent.page.locator('#views').innerText(), /My dog Biscuit and Lego/)
    await thenThePageIsAccessible(parent.page)
    await parent.context.close()
  })

  test('the caseworker records a permitted exception and the timeline shows it', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    await caseworker.page.goto('/cases/case-demo-alex-1')
    await caseworker.page.getByLabel('Which exception (SEND Regulations 2014, reg 10(4))').selectOption('exceptional_personal_circumstances')
    await caseworker.page.locator('#exception_from_day').fill('31')
    await caseworker.page.locator('#exception_from_month').fill('2')
    await caseworker.page.locator('#exception_from_year').fill('2026')
    await caseworker.page.getByRole('button', { name: 'Record exception' }).click()
    const summary = await caseworker.page.locator('.govuk-error-summary').innerText()
    assert.match(summary, /The date it started must be a real date/)
    assert.equal(await caseworker.page.locator('#exception_from_day').inputValue(), '31')  // kept as typed
    await thenThePageIsAccessible(caseworker.page)
    const start = new Date(Date.now() - 20 * 86400000)
    const end = new Date(Date.now() - 5 * 86400000)
    for (const [name, d] of [['exception_from', start], ['exception_to', end]]) {
      await caseworker.page.locator(`#${name}_day`).fill(String(d.getUTCDate()))
      await caseworker.page.locator(`#${name}_month`).fill(String(d.getUTCMonth() + 1))
      await caseworker.page.locator(`#${name}_year`).fill(String(d.getUTCFullYear()))
    }
    await caseworker.page.getByLabel('What happened').fill('Family bereavement')
    await caseworker.page.getByRole('button', { name: 'Record exception' }).click()
    assert.match(await caseworker.page.locator('#timeline tr', { hasText: 'Final plan' }).innerText(), /Exception applies/)
    await caseworker.context.close()
  })
})

describe('the shared record', () => {
  test('details are typed once, checked, versioned, and two editors cannot overwrite each other', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    const manager = await givenISignInAs('manager@demo.sendhub.test')
    await caseworker.page.goto('/children/child-demo-robin')
    await caseworker.page.getByRole('link', { name: 'Change record details' }).click()
    await thenThePageIsAccessible(caseworker.page)
    await caseworker.page.getByLabel('NHS number').fill('943 476 5918')
    await caseworker.page.getByLabel('Postcode').fill('YO1 7HH')
    await caseworker.page.getByRole('button', { name: 'Save details' }).click()
    assert.match(await caseworker.page.locator('.govuk-error-summary').innerText(), /Enter a real NHS number/)
    assert.equal(await caseworker.page.getByLabel('Postcode').inputValue(), 'YO1 7HH')
    await thenThePageIsAccessible(caseworker.page)
    await caseworker.page.getByLabel('NHS number').fill('943 476 5919')
    await caseworker.page.getByLabel('Primary need').selectOption('ASD')
    await caseworker.page.getByRole('button', { name: 'Save details' }).click()
    assert.match(await caseworker.page.locator('main').innerText(), /Autistic spectrum disorder/)

    // Both open the form; the manager saves first; the caseworker's save is refused, nothing lost.
    await caseworker.page.goto('/children/child-demo-robin/details')
    await manager.page.goto('/children/child-demo-robin/details')
    await manager.page.getByLabel('Year group (N1, N2, R, then 1 to 14)').selectOption('9')
    await manager.page.getByRole('button', { name: 'Save details' }).click()
    await caseworker.page.getByLabel('First language').fill('Polish')
    await caseworker.page.getByRole('button', { name: 'Save details' }).click()
    assert.match(await caseworker.page.locator('.govuk-notification-banner').innerText(), /Morgan Manager changed this record/)
    assert.equal(await caseworker.page.getByLabel('First language').inputValue(), 'Polish')
    await thenThePageIsAccessible(caseworker.page)
    await caseworker.page.getByRole('button', { name: 'Save details' }).click()
    await caseworker.page.goto('/children/child-demo-robin/details/history')
    assert.equal(await caseworker.page.locator('tbody tr').count(), 3)
    await thenThePageIsAccessible(caseworker.page)
    await caseworker.context.close()
    await manager.context.close()

    const parent = await givenISignInAs('parent2@demo.sendhub.test')
    await parent.page.goto('/children/child-demo-robin')
    assert.match(await parent.page.locator('main').innerText(), /943 476 5919/)  // the family sees the same record
    assert.equal(await parent.page.getByRole('link', { name: 'Change record details' }).count(), 0)
    assert.equal((await parent.page.goto('/children/child-demo-robin/details')).status(), 404)
    await parent.context.close()
  })
})

describe('messages', () => {
  test('a parent and the caseworker write to each other on the case, each told by email', async () => {
    const parent = await givenISignInAs('parent@demo.sendhub.test')
    await parent.page.goto('/cases/case-demo-alex-1')
    await parent.page.getByRole('button', { name: 'Send message' }).click()
    assert.match(await parent.page.locator('.govuk-error-summary').innerText(), /Write your message/)
    await parent.page.getByLabel('Write a message').fill('Can we meet to talk about the advice?')
    await parent.page.getByRole('button', { name: 'Send message' }).click()
    assert.match(await parent.page.locator('#messages ~ .govuk-inset-text').first().innerText(), /Can we meet/)
    await thenThePageIsAccessible(parent.page)
    await parent.context.close()

    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    await caseworker.page.goto('/cases/case-demo-alex-1')
    assert.match(await caseworker.page.locator('main').innerText(), /Can we meet to talk about the advice\?/)
    await caseworker.page.getByLabel('Write a message').fill('Yes: Tuesday at 10 at West Offices?')
    await caseworker.page.getByRole('button', { name: 'Send message' }).click()
    await caseworker.context.close()

    const reader = await openContext(chromium.browser, server.url)
    const outbox = await new OutboxPage(await reader.context.newPage()).visit()
    assert.ok((await outbox.subjectsTo('caseworker@demo.sendhub.test')).includes('A family has sent you a message on SENDhub'))
    assert.ok((await outbox.subjectsTo('parent@demo.sendhub.test')).includes('Your caseworker has sent you a message on SENDhub'))
    await reader.context.close()
  })
})

describe('documents', () => {
  test('a parent adds a report, a file that is not what it claims is refused, and downloads are attachments', async () => {
    const parent = await givenISignInAs('parent@demo.sendhub.test')
    await parent.page.goto('/cases/case-demo-alex-1')
    await parent.page.getByLabel('What is the document?').fill('Letter from the paediatrician')
    await parent.page.getByLabel('Upload a file').setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a pdf</html>') })
    await parent.page.getByRole('button', { name: 'Add document' }).click()
    assert.match(await parent.page.locator('.govuk-error-summary').innerText(), /must be a PDF, a Word document/)
    assert.equal(await parent.page.getByLabel('What is the document?').inputValue(), 'Letter from the paediatrician')
    await thenThePageIsAccessible(parent.page)
    await parent.page.getByLabel('Upload a file').setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%made up\n') })
    await parent.page.getByRole('button', { name: 'Add document' }).click()
    const link = parent.page.getByRole('link', { name: 'Letter from the paediatrician' })
    const href = await link.getAttribute('href')
    const cookies = (await parent.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
    const file = await fetch(`${server.url}${href}`, { headers: { Cookie: cookies } })
    assert.equal(file.status, 200)
    assert.equal(file.headers.get('content-type'), 'application/pdf')
    assert.match(file.headers.get('content-disposition'), /^attachment; filename="letter.pdf"$/)
    assert.equal(await file.text(), '%PDF-1.4\n%made up\n')
    await parent.context.close()

    const other = await givenISignInAs('parent2@demo.sendhub.test')
    assert.equal((await other.page.goto(href)).status(), 404)
    await other.context.close()
  })
})

describe('panels', () => {
  test('the SEN team sets a panel, lists a case, and records the recommendation with reasons', async () => {
    const caseworker = await givenISignInAs('caseworker@demo.sendhub.test')
    await caseworker.page.goto('/panels')
    await caseworker.page.getByRole('button', { name: 'Set panel date' }).click()
    assert.match(await caseworker.page.locator('.govuk-error-summary').innerText(), /Enter the date the panel meets/)
    await thenThePageIsAccessible(caseworker.page)
    const next = new Date(Date.now() + 14 * 86400000)
    await caseworker.page.locator('#meets_on_day').fill(String(next.getUTCDate()))
    await caseworker.page.locator('#meets_on_month').fill(String(next.getUTCMonth() + 1))
    await caseworker.page.locator('#meets_on_year').fill(String(next.getUTCFullYear()))
    await caseworker.page.getByRole('button', { name: 'Set panel date' }).click()
    await caseworker.page.goto('/cases/case-demo-alex-1')
    await caseworker.page.getByRole('button', { name: 'List for panel' }).click()
    assert.match(await caseworker.page.locator('h1').innerText(), /^Panel on /)
    await caseworker.context.close()

    const manager = await givenISignInAs('manager@demo.sendhub.test')
    await manager.page.goto('/panels')
    await manager.page.getByRole('link', { name: /^Panel on / }).click()
    await manager.page.getByLabel('The panel recommends').selectOption('issue')
    await manager.page.getByRole('button', { name: 'Record recommendation for Alex Example' }).click()
    assert.match(await manager.page.locator('.govuk-error-summary').innerText(), /Give the panel's reasons/)
    assert.equal(await manager.page.getByLabel('The panel recommends').inputValue(), 'issue')  // kept as chosen
    await thenThePageIsAccessible(manager.page)
    await manager.page.getByLabel('Reasons').fill('Advice shows needs that SEN support cannot meet.')
    await manager.page.getByRole('button', { name: 'Record recommendation for Alex Example' }).click()
    assert.match(await manager.page.locator('main').innerText(), /Recommendation recorded: Issue an EHC plan/)
    await thenThePageIsAccessible(manager.page)
    await manager.context.close()

    const parent = await givenISignInAs('parent@demo.sendhub.test')
    assert.equal((await parent.page.goto('/panels')).status(), 404)
    await parent.context.close()
  })
})

describe('without JavaScript', () => {
  // Every signed-in page these journeys use opens, and a form still posts, with JavaScript off.
  const pagesFor = {
    'caseworker@demo.sendhub.test': ['/cases', '/cases/case-demo-alex-1', '/cases/case-demo-alex-1/plan', '/panels', '/children/child-demo-alex/details',
      '/children/child-demo-alex/details/history', '/children/child-demo-alex/invite'],
    'parent@demo.sendhub.test': ['/children/child-demo-alex', '/children/child-demo-alex/views', '/cases/case-demo-alex-1',
      '/cases/case-demo-alex-1/plan', '/account'],
    'ep@demo.sendhub.test': ['/advice', '/cases/case-demo-alex-1/advice'],
    'admin@demo.sendhub.test': ['/people', '/people/invite', '/account/api-tokens', '/audit']
  }
  for (const [email, paths] of Object.entries(pagesFor)) {
    test(`${email.split('@')[0]}'s pages work with JavaScript off`, async () => {
      const { context, problems } = await openContext(chromium.browser, server.url, { javaScriptEnabled: false })
      const page = await context.newPage()
      await (await new SignInPage(page).visit()).signInAs(email)
      for (const path of paths) {
        const response = await page.goto(path)
        assert.equal(response.status(), 200, path)
        assert.ok((await page.locator('h1').first().innerText()).length > 0, path)
      }
      if (email.startsWith('caseworker')) {
        await page.goto('/cases/case-demo-alex-1')
        await page.getByLabel('Write a message').fill('Sent without JavaScript.')
        await page.getByRole('button', { name: 'Send message' }).click()
        assert.match(await page.locator('main').innerText(), /Sent without JavaScript\./)
        await page.goto('/cases/case-demo-alex-1/plan')
        await page.getByRole('button', { name: 'Start writing the plan' }).click()
        const plan = new PlanPage(page)
        await plan.addNeed({ area: 'Cognition and learning', text: 'Written without JavaScript.' })
        assert.match(await plan.document(), /Written without JavaScript\./)
      }
      // Going straight on to the next page cancels loads still in flight (ERR_ABORTED); anything else is a problem.
      assert.deepEqual(problems.filter((p) => !p.endsWith('net::ERR_ABORTED')), [])
      await context.close()
    })
  }
})
