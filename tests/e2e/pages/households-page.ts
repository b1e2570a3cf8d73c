// Page objects of the household screens: the list (Keluarga), the add/edit form and the
// detail page.
import type { Locator, Page } from 'playwright-core';

export type HouseholdInput = {
  villageCode?: string;
  dusun?: string;
  rt?: string;
  rw?: string;
  address?: string;
  headName?: string;
  kkNumber?: string;
  phone?: string;
  welfareDecile?: string;
  drinkingWater?: string;
  toilet?: string;
  houseCondition?: string;
};

const labels: Record<keyof HouseholdInput, string> = {
  villageCode: 'Kode wilayah desa',
  dusun: 'Dusun',
  rt: 'RT',
  rw: 'RW',
  address: 'Alamat',
  headName: 'Nama kepala keluarga',
  kkNumber: 'Nomor KK',
  phone: 'Nomor telepon',
  welfareDecile: 'Desil kesejahteraan',
  drinkingWater: 'Sumber air minum',
  toilet: 'Jamban',
  houseCondition: 'Kondisi rumah',
};

const selects: ReadonlySet<keyof HouseholdInput> = new Set(['welfareDecile', 'drinkingWater', 'toilet', 'houseCondition']);

export class HouseholdListPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Keluarga' });
  }

  get items(): Locator {
    return this.page.getByTestId('household-item');
  }

  item(headName: string): Locator {
    return this.items.filter({ hasText: headName });
  }

  get emptyState(): Locator {
    return this.page.getByTestId('households-empty');
  }

  async search(query: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Cari keluarga' }).fill(query);
  }

  async startAdding(): Promise<HouseholdFormPage> {
    await this.page.getByRole('link', { name: 'Tambah keluarga' }).first().click();
    const form = new HouseholdFormPage(this.page);
    await form.form.waitFor();
    return form;
  }
}

export class HouseholdFormPage {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByTestId('household-form');
  }

  field(name: keyof HouseholdInput): Locator {
    return this.form.getByLabel(labels[name], { exact: false }).first();
  }

  /** The message shown under a field, e.g. "Wajib diisi". */
  errorOf(name: keyof HouseholdInput): Locator {
    return this.form.locator(`[data-field="${name}"] .field__error`);
  }

  async fill(input: HouseholdInput): Promise<void> {
    for (const [name, value] of Object.entries(input) as [keyof HouseholdInput, string][]) {
      const field = this.form.locator(`#${name}`);
      if (name === 'villageCode') await this.chooseVillage(value);
      else if (selects.has(name)) await field.selectOption(value);
      else await field.fill(value);
    }
  }

  /** The village as the account allows it: shown (one village: must be this one), picked (several), or typed. */
  async chooseVillage(code: string): Promise<void> {
    const field = this.form.locator('#villageCode');
    const dotted = `${code.slice(0, 2)}.${code.slice(2, 4)}.${code.slice(4, 6)}.${code.slice(6)}`;
    const tag = await field.evaluate((element) => element.tagName.toLowerCase());
    if (tag === 'output') {
      const shown = await field.innerText();
      if (shown !== dotted) throw new Error(`the form's village is ${shown}, not ${dotted}`);
    } else if (tag === 'select') await field.selectOption(dotted);
    else await field.fill(code);
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Simpan keluarga' }).click();
  }
}

export class HouseholdDetailPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('household-detail');
  }

  get title(): Locator {
    return this.root.getByRole('heading', { level: 1 });
  }

  value(label: string): Locator {
    return this.root.locator('.detail-list__row', { has: this.page.locator('dt', { hasText: label }) }).locator('dd');
  }

  async edit(): Promise<HouseholdFormPage> {
    await this.root.getByRole('link', { name: 'Ubah' }).click();
    const form = new HouseholdFormPage(this.page);
    await form.form.waitFor();
    return form;
  }
}
