// Browser tests: @web/test-runner in Debian's Chromium, Firefox ESR (puppeteer over WebDriver
// BiDi) and WebKit (WebKitWebDriver with MiniBrowser under Xvfb), on the TypeScript sources,
// against a real local HTTP server on its own port (test/support/test-server.ts), whose origin
// each test page gets as `window.TEST_SERVER`. Run with `npm run test:browser`;
// `GOV_ENGINES=chromium` runs one engine.
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './test/support/chromium.ts';
import { startTestServer } from './test/support/test-server.ts';
import { enginesToRun, FIREFOX, startWebKitDriver, WEBKIT_CAPABILITIES } from './test/support/engines.ts';

const testServer = await startTestServer();
const engines = enginesToRun();

const browsers = [];
if (engines.includes('chromium')) browsers.push(chromeLauncher({ launchOptions: { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS } }));
if (engines.includes('firefox')) browsers.push(chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true } }));
if (engines.includes('webkit')) {
  const driver = await startWebKitDriver();
  process.on('exit', () => driver.stop());
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: driver.port,
      path: '/',
      logLevel: 'error',
      capabilities: { ...WEBKIT_CAPABILITIES, 'wdio:enforceWebDriverClassic': true },
    }),
  );
}

/**
 * `gov-window-size` ({ width, height }): resizes the test page, as `set-viewport` does in puppeteer,
 * and in WebKit through WebDriver's window rect (MiniBrowser will not go below 447 px wide).
 */
function windowSizePlugin() {
  return {
    name: 'gov-window-size',
    async executeCommand({ command, payload, session }) {
      if (command !== 'gov-window-size') return undefined;
      if (session.browser.type === 'webdriver') await session.browser.driver.setWindowSize(payload.width, payload.height);
      else await session.browser.getPage(session.id).setViewport(payload);
      return true;
    },
  };
}

export default {
  rootDir: '.',
  files: ['test/browser/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), windowSizePlugin()],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><script>window.TEST_SERVER = ${JSON.stringify(testServer)};</script><script type="module" src="${testFramework}"></script></body></html>`,
  browsers,
  reporters: [defaultReporter(), summaryReporter()],
  // One page at a time: a background page gets no frames, so no scroll events or rAF.
  concurrency: 1,
  // One engine at a time: the chaos and fault tests share servers whose state (keys, counts, the
  // child they kill) must be one engine's alone, and two cores run one browser well.
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20_000 } },
  testsFinishTimeout: 10 * 60_000,
};
