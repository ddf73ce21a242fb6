// What every SENDhub page has: the GOV.UK layout.
export class BasePage {
  constructor (page) { this.page = page }
  async visit (path) {
    this.response = await this.page.goto(path)
    return this
  }

  status () { return this.response.status() }
  heading () { return this.page.locator('h1').first().innerText() }
  serviceName () { return this.page.locator('.govuk-service-navigation__service-name').innerText() }
  phaseBanner () { return this.page.locator('.govuk-phase-banner').innerText() }
  footerLinks () { return this.page.locator('footer a').allInnerTexts() }
  skipLink () { return this.page.locator('a.govuk-skip-link') }
  header (name) { return this.response.headers()[name.toLowerCase()] }
}
