import { BasePage } from './base_page.mjs'

// /local-offer: the family's search, its filters and the results list.
export class LocalOfferSearchPage extends BasePage {
  visit (query = '') { return super.visit(`/local-offer${query}`) }
  async searchFor (what, { where = '', age = '', free = false } = {}) {
    await this.page.getByLabel('What are you looking for?').fill(what)
    await this.page.getByLabel('Postcode (optional)').fill(where)
    if (age) await this.page.getByLabel('Age of the child or young person (optional)').fill(age)
    if (free) await this.page.getByLabel('Only show free services').check()
    await this.page.getByRole('button', { name: 'Search' }).click()
  }

  resultNames () { return this.page.locator('#result-list h3 a').allInnerTexts() }
  async distancesInMiles () {
    const texts = await this.page.locator('#result-list .sendhub-distance').allInnerTexts()
    return texts.filter((t) => /miles away/.test(t)).map((t) => parseFloat(t))
  }

  resultCount () { return this.page.locator('#result-count').innerText() }
  correction () { return this.page.locator('#corrected').innerText() }
  distanceNote () { return this.page.locator('#distance-note').innerText() }
  errorSummary () { return this.page.locator('.govuk-error-summary').innerText() }
  whereValue () { return this.page.locator('#where').inputValue() }
  async openResult (name) { await this.page.locator('#result-list h3 a', { hasText: name }).first().click() }
  htmlLang () { return this.page.locator('html').getAttribute('lang') }
  htmlDir () { return this.page.locator('html').getAttribute('dir') }
}
