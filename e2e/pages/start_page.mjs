import { BasePage } from './base_page.mjs'

export class StartPage extends BasePage {
  visit () { return super.visit('/') }
  parts () { return this.page.locator('.govuk-summary-list__key').allInnerTexts() }
  comingSoonTags () { return this.page.locator('.govuk-tag', { hasText: 'Coming soon' }).count() }
  localAreas () { return this.page.locator('main ul.govuk-list:not(.govuk-list--bullet) li').allInnerTexts() }
}
