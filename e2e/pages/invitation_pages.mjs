import { BasePage } from './base_page.mjs'

export class InviteStaffPage extends BasePage {
  visit () { return super.visit('/people/invite') }
  async invite ({ name, email, role, organisation }) {
    await this.page.getByLabel('Full name').fill(name)
    await this.page.getByLabel('Email address').fill(email)
    if (role) await this.page.getByLabel(role, { exact: true }).check()
    if (organisation) await this.page.getByLabel('Organisation they work for').selectOption({ label: organisation })
    await this.page.getByRole('button', { name: 'Send invitation' }).click()
  }

  errorSummary () { return this.page.locator('.govuk-error-summary').innerText() }
}

export class InviteToChildPage extends BasePage {
  visit (childPath) { return super.visit(`${childPath}/invite`) }
  async invite ({ name, email, role }) {
    await this.page.getByLabel('Full name').fill(name)
    await this.page.getByLabel('Email address').fill(email)
    await this.page.getByLabel(role, { exact: true }).check()
    await this.page.getByRole('button', { name: 'Send invitation' }).click()
  }
}

export class AcceptInvitationPage extends BasePage {
  async choosePassword (password, again = password) {
    await this.page.getByLabel('New password', { exact: true }).fill(password)
    await this.page.getByLabel('Type the new password again').fill(again)
    await this.page.getByRole('button', { name: /Accept and create account|Change password/ }).click()
  }

  errorSummary () { return this.page.locator('.govuk-error-summary').innerText() }
}

export class TwoFactorPage extends BasePage {
  secret () { return this.page.locator('#secret').innerText() }
  async enterCode (code) {
    await this.page.getByLabel(/Code from your app|Enter your security code/).fill(code)
    await this.page.getByRole('button', { name: /Turn on security codes|Continue/ }).click()
  }

  errorSummary () { return this.page.locator('.govuk-error-summary').innerText() }
}
