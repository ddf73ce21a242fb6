import { BasePage } from './base_page.mjs'

export class AccessibilityPage extends BasePage {
  visit () { return super.visit('/accessibility') }
}
