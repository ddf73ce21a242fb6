import { BasePage } from './base_page.mjs'

// /local-offer/manage and the editing pages behind it, for providers and the Local Offer team.
export class LocalOfferManagePage extends BasePage {
  visit () { return super.visit('/local-offer/manage') }
  notice () { return this.page.locator('#notice').innerText() }
  overdueNames () { return this.page.locator('#overdue-table tbody a').allInnerTexts() }
  async edit (name) { await this.page.locator('table a', { hasText: name }).first().click() }
  async setField (label, value) { await this.page.getByLabel(label, { exact: true }).fill(value) }
  async save (button) { await this.page.getByRole('button', { name: button }).click() }
  async openChange (service) { await this.page.locator('#waiting + ul a, #waiting ~ ul a', { hasText: service }).first().click() }
  changes () { return this.page.locator('#changes').innerText() }
  async decide (label, note = '') {
    if (label) await this.page.getByLabel(label).check()
    if (note) await this.page.getByLabel('Note for the provider').fill(note)
    await this.page.getByRole('button', { name: 'Save decision' }).click()
  }

  async emailProvidersOfOverdueEntries () {
    await this.page.getByRole('button', { name: 'Email providers of entries past their check date' }).click()
  }

  errorSummary () { return this.page.locator('.govuk-error-summary').innerText() }
}
