import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's Chromium (Playwright's own browser download is
// not available here) at a 360×640 Android phone viewport, against the release
// build in ../dist served over HTTP on 127.0.0.1 (scripts/test builds it first).
const port = Number(process.env.E2E_PORT ?? 4173);
// The same build served under a sub-path, as on a shared static host.
export const subPathURL = `http://127.0.0.1:${port + 1}/tsvmtd/`;

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: true,
  // Whole assessments on a 2-core machine: generous, so that a busy moment is not a failure.
  timeout: 90_000,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 360, height: 640 },
    screen: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    userAgent:
      'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      // As a host that serves the build's precompressed copies (brotli, else gzip):
      // every test then also checks that those copies are the app. Test-only
      // criteria sets are published beside it in sets/ (e2e/fixtures/sets: they
      // never ship in dist/, whose sets/ holds an index of none; the sub-path
      // server below serves that one).
      command: `node ../scripts/static-server.mjs ../dist --port ${port} --precompressed --overlay sets/=fixtures/sets`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: `node ../scripts/static-server.mjs ../dist --port ${port + 1} --base /tsvmtd/`,
      url: subPathURL,
      reuseExistingServer: false,
    },
  ],
});
