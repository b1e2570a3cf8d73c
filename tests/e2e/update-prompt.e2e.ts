// Journey: a new version is deployed while a cadre is typing. The app must not reload
// behind her back: it shows "Versi baru tersedia", keeps what she typed, and activates
// the new service worker only when she taps "Muat ulang".
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newPhoneContext, screenshot } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { AppShell } from './pages/app-shell.ts';
import { HouseholdFormPage } from './pages/households-page.ts';

let staticDir: string;
let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  staticDir = await mkdtemp(join(tmpdir(), 'genting-dist-'));
  await cp(process.env.E2E_DIST ?? 'dist', staticDir, { recursive: true });
  server = await startTestServer({ staticDir });
  browser = await launchChromium();
  page = await (await newPhoneContext(browser, server.origin)).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(staticDir, { recursive: true, force: true });
});

describe('update prompt', () => {
  it('waits for consent before activating a new version', async () => {
    const shell = new AppShell(page);
    await shell.open('/');
    await shell.waitForServiceWorkerControl();
    await shell.open('/keluarga/baru'); // a later visit: the page starts under the service worker
    const form = new HouseholdFormPage(page);
    await form.fill({ headName: 'Ibu Ratna' });

    // "Deploy" a new build: any byte change of sw.js makes the browser install it.
    await appendFile(join(staticDir, 'sw.js'), '\n// build 2\n');
    await shell.checkForUpdate();
    await shell.updateBanner.waitFor();
    await screenshot(page, 'update-banner');
    await expect.poll(() => form.field('headName').inputValue()).toBe('Ibu Ratna');
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);

    const reloaded = page.waitForEvent('load');
    await shell.updateBanner.getByRole('button', { name: 'Muat ulang' }).click();
    // Unsaved input: asked first; what was typed is kept and offered after the reload.
    await page.getByTestId('leave-dialog').getByRole('button', { name: 'Tinggalkan' }).click();
    await reloaded;
    await shell.main.waitFor();
    await page.getByTestId('draft-offer').getByRole('button', { name: 'Lanjutkan' }).click();
    await expect.poll(() => form.field('headName').inputValue()).toBe('Ibu Ratna');
    expect(await shell.controllerState()).toBe('activated');
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
    await expect.poll(() => shell.updateBanner.count()).toBe(0);
  });
});
