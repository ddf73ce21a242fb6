// Starts the SENDhub binary for a browser-test run: a fresh SQLite database in a temporary
// directory, demo data, a free loopback port. SENDHUB_URL points the tests at a running server
// instead.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function freePort () {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

async function waitForHealth (url, deadline) {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.status === 200) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`SENDhub did not answer ${url}/healthz in time`)
}

export async function startServer () {
  if (process.env.SENDHUB_URL) return { url: process.env.SENDHUB_URL, stop: async () => 0 }
  const bin = process.env.SENDHUB_BIN
  if (!bin) throw new Error('set SENDHUB_BIN to the sendhub binary (e2e/run.sh does)')
  const dir = mkdtempSync(join(tmpdir(), 'sendhub-e2e-'))
  const database = `sqlite:${join(dir, 'e2e.db')}`
  const migrated = spawnSync(bin, ['migrate', '--database', database], { encoding: 'utf8' })
  if (migrated.status !== 0) throw new Error(`sendhub migrate failed: ${migrated.stderr}`)
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(bin, ['serve', '--listen', `127.0.0.1:${port}`, '--database', database, '--demo', '--access-log', '0'],
    { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk) => { stderr += chunk })
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)))
  try {
    await waitForHealth(url, Date.now() + 30000)
  } catch (error) {
    child.kill('SIGKILL')
    throw new Error(`${error.message}\n${stderr}`)
  }
  return {
    url,
    database,
    // Graceful shutdown: SIGTERM, and the server must exit 0 on its own.
    stop: async () => {
      child.kill('SIGTERM')
      const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 15000))])
      if (code === 'timeout') child.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
      return code
    },
    stderr: () => stderr
  }
}
