// Dates as the browser tests need them: ISO days relative to now, the long form SENDhub shows,
// GOV.UK date inputs, and what the statutory engine says (asked through `sendhub timeline`, as
// a script would, so the pages are checked against the one calculation).
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'

export const day = 86400000
export const iso = (ms) => new Date(ms).toISOString().slice(0, 10)
export const today = iso(Date.now())
export const longDate = (date) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

// Fills the day, month and year boxes of the date input named `name` with an ISO date.
export async function fillDate (page, name, date) {
  const [y, m, d] = date.split('-')
  await page.locator(`#${name}_day`).fill(String(Number(d)))
  await page.locator(`#${name}_month`).fill(String(Number(m)))
  await page.locator(`#${name}_year`).fill(y)
}

// Each milestone's due date, by key, for a process and its events as of today.
export function statutoryDates (process, events) {
  const run = spawnSync(globalThis.process.env.SENDHUB_BIN, ['timeline', '-'], {
    input: JSON.stringify({ process, today, events }), encoding: 'utf8'
  })
  assert.equal(run.status, 0, run.stderr)
  return Object.fromEntries(JSON.parse(run.stdout).milestones.map((m) => [m.key, m.due]))
}
