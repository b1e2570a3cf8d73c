// Page objects of the sync status (issue #4): the top-bar pill, the status panel with
// "Sinkronkan", the per-record "Belum terkirim" mark and the refused-changes list (/sinkron).
import type { Locator, Page } from 'playwright-core';

export const ALL_SENT = 'Semua perubahan sudah terkirim';

export class SyncPanel {
  constructor(readonly page: Page) {}

  get pill(): Locator {
    return this.page.getByTestId('sync-pill');
  }

  get root(): Locator {
    return this.page.getByRole('region', { name: 'Status perangkat' });
  }

  get state(): Locator {
    return this.root.getByTestId('status-sync');
  }

  get pending(): Locator {
    return this.root.getByTestId('status-pending').locator('dd');
  }

  get lastSync(): Locator {
    return this.root.getByTestId('status-last-sync').locator('dd');
  }

  get rejected(): Locator {
    return this.root.getByTestId('status-rejected');
  }

  get clockWarning(): Locator {
    return this.root.getByTestId('status-clock');
  }

  get syncButton(): Locator {
    return this.root.getByRole('button', { name: 'Sinkronkan' });
  }

  async open(): Promise<void> {
    if ((await this.pill.getAttribute('aria-expanded')) !== 'true') await this.pill.click();
    await this.root.waitFor();
  }

  async close(): Promise<void> {
    if ((await this.pill.getAttribute('aria-expanded')) === 'true') await this.pill.click();
    await this.root.waitFor({ state: 'detached' });
  }

  /** "Sinkronkan", then waits until the round is over and reported (idle, or a failure). */
  async syncNow(): Promise<void> {
    await this.open();
    await this.syncButton.click();
    await this.page.waitForFunction(
      () => {
        const button = document.querySelector('[data-testid="sync-now"]');
        return button instanceof HTMLButtonElement && !button.disabled;
      },
      undefined,
      { timeout: 20_000 },
    );
  }
}

export class RejectedPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/sinkron');
    await this.page.getByTestId('rejected-screen').waitFor();
  }

  get items(): Locator {
    return this.page.getByTestId('rejected-item');
  }

  item(title: string): Locator {
    return this.items.filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  get empty(): Locator {
    return this.page.getByTestId('rejected-empty');
  }

  /** "Buang perubahan", accepting the confirm. */
  async discard(title: string): Promise<void> {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.item(title).getByRole('button', { name: 'Buang perubahan' }).click();
  }

  async fix(title: string): Promise<void> {
    await this.item(title).getByRole('link', { name: 'Perbaiki' }).click();
  }
}

/** The mark a record carries on its list row and page while a change of it waits. */
export function pendingMark(scope: Locator): Locator {
  return scope.getByTestId('pending-mark');
}
