import { BasePage } from './base_page.mjs'

// The plan on a case (/cases/ID/plan) and its editor's forms, as a caseworker uses them.
export class PlanPage extends BasePage {
  status () { return this.page.locator('main .govuk-body-l').first().innerText() }
  document () { return this.page.locator('article.sendhub-plan').innerText() }
  readiness () { return this.page.locator('#readiness').innerText() }
  errorSummary () { return this.page.locator('.govuk-error-summary').first().innerText() }
  save () { return this.page.getByRole('button', { name: 'Save', exact: true }).click() }

  async addView ({ kind, voice, text, ownWords = false }) {
    await this.page.getByRole('link', { name: 'Add to section A' }).click()
    await this.page.getByLabel(kind).check()
    await this.page.getByLabel(voice).check()
    await this.page.getByLabel('The view', { exact: true }).fill(text)
    if (ownWords) await this.page.getByLabel(/These are the person's own words/).check()
    await this.save()
  }

  async addNeed ({ section = 'Special educational need (section B)', area, text }) {
    await this.page.getByRole('link', { name: 'Add a special educational need' }).click()
    await this.page.getByLabel(section).check()
    if (area) await this.page.getByLabel(area).check()
    await this.page.getByLabel('The need', { exact: true }).fill(text)
    await this.save()
  }

  async addOutcome ({ text, stage, york, needs = [] }) {
    await this.page.getByRole('link', { name: 'Add an outcome' }).click()
    await this.page.getByLabel('The outcome', { exact: true }).fill(text)
    await this.page.getByLabel('By the end of a stage or year', { exact: true }).check()
    await this.page.getByLabel('Stage or year', { exact: true }).selectOption({ label: stage })
    await this.page.getByLabel(york, { exact: true }).check()
    await this.page.getByLabel('None', { exact: true }).check()
    for (const id of needs) await this.page.getByLabel(new RegExp(`^${id}:`)).check()
    await this.save()
  }

  async addProvision ({ section = 'F', text, what, who, count, per, minutes, group, needs = [], outcomes = [] }) {
    await this.page.getByRole('link', { name: `Add provision to section ${section}` }).click()
    await this.fillProvision({ text, what, who, count, per, minutes, group, needs, outcomes })
  }

  async fillProvision ({ text, what, who, count, per, minutes, group, needs = [], outcomes = [] }) {
    if (text) await this.page.getByLabel('The provision, as the plan will say it', { exact: true }).fill(text)
    if (what) await this.page.getByLabel('In a few words, what is it?', { exact: true }).fill(what)
    if (who) await this.page.getByLabel('Who provides it?', { exact: true }).fill(who)
    await this.page.getByLabel('Given to the child or young person', { exact: true }).check()
    if (count !== undefined) await this.page.getByLabel('How many sessions?', { exact: true }).fill(count)
    if (per) await this.page.getByLabel('How often?', { exact: true }).selectOption({ label: per })
    if (minutes) await this.page.getByLabel('How long is each session, in minutes?', { exact: true }).fill(minutes)
    if (group) await this.page.getByLabel('Group size', { exact: true }).fill(group)
    for (const id of needs) await this.page.getByLabel(new RegExp(`^${id}:`)).check()
    for (const id of outcomes) await this.page.getByLabel(new RegExp(`^${id}:`)).check()
    await this.save()
  }

  async sayNothingIn (section, text) {
    await this.page.getByRole('link', { name: `Say that section ${section} has nothing in it` }).click()
    await this.page.getByLabel('What the plan says instead', { exact: true }).fill(text)
    await this.save()
  }

  async carry (recommendation, itemId) {
    await this.page.getByRole('link', { name: `Say how recommendation ${recommendation} is carried into the plan` }).click()
    await this.page.getByLabel(new RegExp(`^${itemId} \\(`)).check()
    await this.save()
  }

  async namePlacement (name, type) {
    await this.page.getByRole('link', { name: 'Change section I' }).click()
    await this.page.getByLabel('Name of the school or setting', { exact: true }).fill(name)
    await this.page.getByLabel('Type of school or setting', { exact: true }).fill(type)
    await this.save()
  }
}
