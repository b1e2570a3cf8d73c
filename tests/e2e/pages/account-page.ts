// Page objects of the account screens (issue #5): the "Belum masuk / Perlu masuk lagi" banner,
// the sign-in form and the account page with its sync button and pending count.
import type { Locator, Page } from 'playwright-core';

export class AccountPages {
  constructor(readonly page: Page) {}

  get banner(): Locator {
    return this.page.getByTestId('account-banner');
  }

  get signInForm(): Locator {
    return this.page.getByTestId('sign-in-form');
  }

  get signInMessage(): Locator {
    return this.page.getByTestId('sign-in-message');
  }

  /** From the banner's "Masuk" to a signed-in device back on the home screen. */
  async signInFromBanner(username: string, password: string): Promise<void> {
    await this.banner.getByRole('link', { name: 'Masuk' }).click();
    await this.signIn(username, password);
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.signInForm.waitFor();
    const user = this.signInForm.getByLabel('Nama pengguna');
    if ((await user.inputValue()) !== username) await user.fill(username);
    await this.signInForm.getByLabel('Kata sandi').fill(password);
    await this.signInForm.getByRole('button', { name: 'Masuk' }).click();
  }

  async openAccount(): Promise<void> {
    await this.page.goto('/akun');
    await this.page.getByTestId('account-details').waitFor();
  }

  get pending(): Locator {
    return this.page.getByTestId('account-pending');
  }

  async syncNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
  }
}
