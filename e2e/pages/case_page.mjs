import { BasePage } from './base_page.mjs'

// A case: the family's summary, the statutory timeline and, for the SEN team, the next actions.
export class CasePage extends BasePage {
  stage () { return this.page.locator('h1').innerText() }
  summary () { return this.page.locator('.govuk-inset-text').innerText() }
  async dueDateOf (step) {
    return this.page.locator('#timeline tr', { hasText: step }).locator('td').nth(1).innerText()
  }

  async decide (answer, reasons = '') {
    if (answer) await this.page.getByLabel(answer).check()
    if (reasons) await this.page.getByLabel('Reasons').fill(reasons)
    await this.page.getByRole('button', { name: 'Record decision' }).click()
  }

  async askForAdvice (...who) {
    for (const adviser of who) await this.page.getByLabel(adviser, { exact: true }).check()
    await this.page.getByRole('button', { name: 'Ask for advice' }).click()
  }

  errorSummary () { return this.page.locator('.govuk-error-summary').innerText() }
}
