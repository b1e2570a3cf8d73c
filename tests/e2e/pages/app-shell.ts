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

  /**
   * Waits until a service worker controls this page (after install + clients.claim()).
   * Precaching the shell can take long on a loaded machine, so this waits up to 90 s.
   * If the worker is active but the page is still not controlled after 10 s (the claim
   * raced a navigation), it reloads once, as the cadre's next opening of the app would.
   * On time-out it says what the registration looked like.
   */
  async waitForServiceWorkerControl(): Promise<void> {
    const started = Date.now();
    let reloaded = false;
    let seen: ServiceWorkerSnapshot | null = null;
    while (Date.now() - started < 90_000) {
      seen = await this.page.evaluate(serviceWorkerSnapshot).catch(() => null);
      if (seen?.controller === 'activated') return;
      if (!reloaded && seen?.active === 'activated' && Date.now() - started > 10_000) {
        reloaded = true;
        await this.reload();
        continue;
      }
      await this.page.waitForTimeout(250);
    }
    throw new Error(`No service worker controls the page after 90 s: ${JSON.stringify(seen)}`);
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

type ServiceWorkerSnapshot = {
  controller: string | null;
  registered: boolean;
  installing: string | null;
  waiting: string | null;
  active: string | null;
};

/** Runs in the page: the controller and the registration's workers, by state. */
async function serviceWorkerSnapshot(): Promise<ServiceWorkerSnapshot> {
  const container = navigator.serviceWorker;
  const registration = await container?.getRegistration();
  return {
    controller: container?.controller?.state ?? null,
    registered: Boolean(registration),
    installing: registration?.installing?.state ?? null,
    waiting: registration?.waiting?.state ?? null,
    active: registration?.active?.state ?? null,
  };
}
