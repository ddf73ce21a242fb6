import { BasePage } from './base_page.mjs'

// /local-offer/services/ID, its easy-read version and its "report a problem" form.
export class LocalOfferServicePage extends BasePage {
  visit (id, query = '') { return super.visit(`/local-offer/services/${id}${query}`) }
  expectedWait () { return this.page.locator('#expected-wait').innerText() }
  lastChecked () { return this.page.locator('#last-checked').innerText() }
  main () { return this.page.locator('main').innerText() }
  async openEasyRead () { await this.page.getByRole('link', { name: 'Easy read version' }).click() }
  async reportAProblem () { await this.page.getByRole('link', { name: 'Report a problem with this page' }).click() }
  async sendReport ({ what = null, details = '', email = '' } = {}) {
    if (what) await this.page.getByLabel(what).check()
    await this.page.getByLabel('Tell us more').fill(details)
    await this.page.getByLabel('Your email address (optional)').fill(email)
    await this.page.getByRole('button', { name: 'Send report' }).click()
  }

  errorSummary () { return this.page.locator('.govuk-error-summary').innerText() }
}
