// Page object of the app shell: loading the app, the service worker, the bottom
// navigation and the status area. Selectors use roles and visible Indonesian names,
// the way a cadre finds things.
import type { Locator, Page } from 'playwright-core';

export class AppShell {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.main.waitFor();
  }

  get main(): Locator {
    return this.page.locator('main#main');
  }

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Menu utama' });
  }

  tab(label: string): Locator {
    return this.nav.getByRole('link', { name: label, exact: true });
  }

  get syncPill(): Locator {
    return this.page.getByTestId('sync-pill');
  }

  /** Waits until a service worker controls this page (after install + clients.claim()). */
  async waitForServiceWorkerControl(): Promise<void> {
    await this.page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, {
      timeout: 30_000,
    });
  }

  async setOffline(isOffline: boolean): Promise<void> {
    await this.page.context().setOffline(isOffline);
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.main.waitFor();
  }

  get updateBanner(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Versi baru tersedia' });
  }

  /** Asks the browser to check for a new service worker now (it would on the next navigation). */
  async checkForUpdate(): Promise<void> {
    await this.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
  }

  /** The script URL and state of the worker that controls the page, or null. */
  async controllerState(): Promise<string | null> {
    return this.page.evaluate(() => navigator.serviceWorker.controller?.state ?? null);
  }

  async openStatusPanel(): Promise<Locator> {
    await this.syncPill.click();
    return this.page.getByRole('region', { name: 'Status perangkat' });
  }
}
