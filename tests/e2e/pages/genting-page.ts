// Page objects of the Orang Tua Asuh screens: the tab's home, the sponsor, pledge and
// delivery forms, the pledge page, the matching list and the printable reports. Selectors
// use roles, labels, ids of form fields and the visible Indonesian names.
import type { Locator, Page } from 'playwright-core';

export type SponsorInput = { kind: string; name: string; contactPerson?: string; phone?: string; address?: string };
export type PledgeInput = { sponsorId?: string; supportType: string; description?: string; quantity?: string; unit?: string; amountRp?: string; schedule: string; startDate: string; periods?: string };
export type DeliveryInput = { date: string; items?: string; valueRp?: string; deliveredBy?: string; receivedBy?: string; note?: string };

const selects: ReadonlySet<string> = new Set(['kind', 'sponsorId', 'supportType', 'schedule', 'status', 'beneficiary']);

async function fillForm(form: Locator, input: Record<string, string | undefined>): Promise<void> {
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const field = form.locator(`#${name}`);
    if (selects.has(name)) await field.selectOption(value);
    else await field.fill(value);
  }
}

export class GentingPages {
  constructor(readonly page: Page) {}

  async openHome(): Promise<void> {
    await this.page.goto('/orang-tua-asuh');
    await this.page.getByTestId('sponsors-home').waitFor();
  }

  async addSponsor(input: SponsorInput): Promise<string> {
    await this.openHome();
    await this.page.getByTestId('add-sponsor').click();
    const form = this.page.getByTestId('sponsor-form');
    await form.waitFor();
    await fillForm(form, input);
    await form.getByRole('button', { name: 'Simpan orang tua asuh' }).click();
    await this.page.getByTestId('sponsor-detail').waitFor();
    return new URL(this.page.url()).pathname.split('/').pop() ?? '';
  }

  async openMatching(): Promise<void> {
    await this.openHome();
    await this.page.getByTestId('to-matching').click();
    await this.page.getByTestId('matching').waitFor();
  }

  targets(): Locator {
    return this.page.getByTestId('target-item');
  }

  target(name: string): Locator {
    return this.targets().filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  get pledgeForm(): Locator {
    return this.page.getByTestId('pledge-form');
  }

  /** Fills and saves the open pledge form; returns the new pledge's id. */
  async savePledge(input: PledgeInput): Promise<string> {
    await this.pledgeForm.waitFor();
    await fillForm(this.pledgeForm, input);
    await this.pledgeForm.getByRole('button', { name: 'Simpan komitmen' }).click();
    await this.page.getByTestId('pledge-detail').waitFor();
    return new URL(this.page.url()).pathname.split('/').pop() ?? '';
  }

  async recordDelivery(input: DeliveryInput): Promise<void> {
    await this.page.getByTestId('add-delivery').click();
    const form = this.page.getByTestId('delivery-form');
    await form.waitFor();
    await fillForm(form, input);
    await form.getByRole('button', { name: 'Simpan penyaluran' }).click();
    await this.page.getByTestId('pledge-detail').waitFor();
  }

  get fulfilmentCard(): Locator {
    return this.page.getByTestId('fulfilment-card');
  }

  get deliveries(): Locator {
    return this.page.getByTestId('delivery-item');
  }
}
