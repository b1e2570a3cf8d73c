// Page objects of the field-work screens: the household page (risk, members, visits), the
// member form, the visit form and the visits-due list. Selectors use roles, labels and the
// visible Indonesian names a cadre sees.
import type { Locator, Page } from 'playwright-core';

export type MemberInput = {
  name?: string;
  nik?: string;
  sex?: 'M' | 'F';
  birthDate?: string;
  relation?: string;
  maritalStatus?: string;
  motherId?: string;
  lastMenstrualPeriod?: string;
};

const selects: ReadonlySet<string> = new Set(['sex', 'relation', 'maritalStatus', 'education', 'motherId', 'referral']);

export class HouseholdPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('household-detail');
  }

  get riskLabel(): Locator {
    return this.page.getByTestId('risk-label');
  }

  get riskReasons(): Locator {
    return this.page.getByTestId('risk-reasons').locator('li');
  }

  get members(): Locator {
    return this.page.getByTestId('member-item');
  }

  get visits(): Locator {
    return this.page.getByTestId('visit-item');
  }

  async addMember(): Promise<MemberFormPage> {
    await this.page.getByRole('link', { name: 'Tambah anggota' }).click();
    const form = new MemberFormPage(this.page);
    await form.form.waitFor();
    return form;
  }

  async recordVisit(): Promise<VisitFormPage> {
    await this.page.getByTestId('add-visit').click();
    const form = new VisitFormPage(this.page);
    await form.form.waitFor();
    return form;
  }
}

export class MemberFormPage {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByTestId('member-form');
  }

  async fill(input: MemberInput): Promise<void> {
    for (const [name, value] of Object.entries(input)) {
      const field = this.form.locator(`#${name}`);
      if (selects.has(name)) await field.selectOption(value);
      else await field.fill(value);
    }
  }

  async check(label: string): Promise<void> {
    await this.form.getByLabel(label, { exact: true }).check();
  }

  get pregnancyFigure(): Locator {
    return this.page.getByTestId('pregnancy-live');
  }

  get warnings(): Locator {
    return this.page.getByTestId('member-warnings');
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Simpan anggota' }).click();
  }

  async saveAnyway(): Promise<void> {
    await this.warnings.getByRole('button', { name: 'Simpan tetap' }).click();
  }
}

export class VisitFormPage {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByTestId('visit-form');
  }

  async check(label: string): Promise<void> {
    await this.form.getByRole('checkbox', { name: label }).check();
  }

  field(id: string): Locator {
    return this.form.locator(`#${id}`);
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Simpan kunjungan' }).click();
  }
}

export class VisitsDuePage {
  constructor(readonly page: Page) {}

  get items(): Locator {
    return this.page.getByTestId('due-item');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('visits-due-link').click();
    await this.page.getByTestId('visits-due').waitFor();
  }
}
