// The user steps the browser tests share: a new visitor in their own browser context, signing
// in as someone, and checking a page with axe-core.
import assert from 'node:assert/strict'

import { accessibilityViolations, openContext } from './browser.mjs'
import { SignInPage } from '../pages/sign_in_page.mjs'

export async function aVisitor (chromium, server) {
  const opened = await openContext(chromium.browser, server.url)
  return { ...opened, page: await opened.context.newPage() }
}

export async function givenISignInAs (chromium, server, email, password) {
  const visitor = await aVisitor(chromium, server)
  await (await new SignInPage(visitor.page).visit()).signInAs(email, password)
  return visitor
}

export async function thenThePageIsAccessible (page) {
  assert.deepEqual(await accessibilityViolations(page), [], `axe-core found problems on ${page.url()}`)
}
