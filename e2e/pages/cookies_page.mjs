import { BasePage } from './base_page.mjs'

export class CookiesPage extends BasePage {
  visit () { return super.visit('/cookies') }
  cookieNames () { return this.page.locator('tbody td:first-child').allInnerTexts() }
}
