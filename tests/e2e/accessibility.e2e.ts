// Every screen of the shell passes axe-core's WCAG checks at the phone viewport, in
// Indonesian and in English, including the form showing its validation messages, and
// every control of the bottom navigation is a touch target of at least 44x44 px.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newPhoneContext } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { AppShell } from './pages/app-shell.ts';
import { HouseholdFormPage } from './pages/households-page.ts';

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  page = await (await newPhoneContext(browser, server.origin)).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility', () => {
  it.each(['/', '/keluarga', '/keluarga/baru', '/anak', '/orang-tua-asuh', '/pokja'])('%s has no axe violations', async (path) => {
    await new AppShell(page).open(path);
    await page.locator('main h1').first().waitFor();
    expect(await violations()).toEqual([]);
  });

  it('the household form with validation messages has no axe violations', async () => {
    await new AppShell(page).open('/keluarga/baru');
    const form = new HouseholdFormPage(page);
    await form.save();
    await form.errorOf('headName').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('villageCode');
    expect(await violations()).toEqual([]);
  });

  it('bottom navigation tabs are at least 44 px both ways, in English too', async () => {
    const shell = new AppShell(page);
    await shell.open('/');
    const panel = await shell.openStatusPanel();
    await panel.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    const tabs = page.getByRole('navigation', { name: 'Main menu' }).getByRole('link');
    await expect.poll(() => tabs.allInnerTexts()).toEqual(['Home', 'Families', 'Children', 'Sponsors', 'Pokja']);
    for (const box of await tabs.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    expect(await violations()).toEqual([]);
    await shell.reload();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
  });
});
