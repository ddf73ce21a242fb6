import { BasePage } from './base_page.mjs'

// The demo server's outbox: the email it would have sent, newest first.
export class OutboxPage extends BasePage {
  visit () { return super.visit('/outbox') }
  // The first link in the newest email to this address.
  async linkSentTo (address) {
    const mail = this.page.locator('.govuk-summary-card', { hasText: `To ${address}` }).first()
    return new URL(await mail.locator('a').first().getAttribute('href')).pathname +
      new URL(await mail.locator('a').first().getAttribute('href')).search
  }

  async subjectsTo (address) {
    return this.page.locator('.govuk-summary-card', { hasText: `To ${address}` }).locator('h2').allInnerTexts()
  }
}
