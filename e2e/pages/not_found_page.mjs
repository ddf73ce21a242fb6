import { BasePage } from './base_page.mjs'

export class NotFoundPage extends BasePage {
  visit (path = '/no-such-page') { return super.visit(path) }
}
