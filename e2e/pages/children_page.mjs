import { BasePage } from './base_page.mjs'

export class ChildrenPage extends BasePage {
  visit () { return super.visit('/children') }
  childNames () { return this.page.locator('main ul.govuk-list a').allInnerTexts() }
  explanation () { return this.page.locator('main').innerText() }
  async signOut () { await this.page.getByRole('button', { name: /Sign out/ }).click() }
}
