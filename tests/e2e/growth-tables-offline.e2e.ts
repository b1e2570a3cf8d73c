// A cadre opens Genting once with signal and only looks at the household list; days later,
// with no signal, she measures a child for the first time. The WHO growth tables must
// already be on the phone: the app fetches them into the service worker's cache as soon as
// the worker controls the page (src/main.tsx), without waiting for a growth screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newPhoneContext } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { AppShell } from './pages/app-shell.ts';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  context = await newPhoneContext(browser, server.origin);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function cachedTableCount(): Promise<number> {
  return page.evaluate(async () => {
    const cache = await caches.open('genting-who-tables-v1');
    return (await cache.keys()).filter((request) => new URL(request.url).pathname.startsWith('/assets/who-tables/')).length;
  });
}

describe('WHO growth tables offline', () => {
  it('are cached after a first visit that never opened a growth screen', async () => {
    await page.goto(`${server.origin}/keluarga`);
    await new AppShell(page).waitForServiceWorkerControl();
    await expect.poll(cachedTableCount, { timeout: 20_000, interval: 250 }).toBe(9);
  });
});
