import { BasePage } from './base_page.mjs'

export class SignInPage extends BasePage {
  visit () { return super.visit('/sign-in') }
  async signInAs (email, password = 'demo-password-change-me') {
    await this.page.getByLabel('Email address').fill(email)
    await this.page.getByLabel('Password').fill(password)
    await this.page.getByRole('button', { name: 'Sign in' }).click()
  }

  errorSummary () { return this.page.locator('.govuk-error-summary').innerText() }
  emailValue () { return this.page.getByLabel('Email address').inputValue() }
}
