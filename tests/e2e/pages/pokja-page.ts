// Page objects of the Pokja screens (members, meetings, attendance with the signature pad,
// RTL, the meeting report) and of the GenRe outreach log. Selectors use roles and the
// Indonesian labels a coordinator sees.
import type { Locator, Page } from 'playwright-core';

export type MemberInput = { name: string; position: string; phone?: string };
export type MeetingInput = {
  title: string;
  date: string;
  startTime?: string;
  endTime?: string;
  place?: string;
  agenda?: string;
  background?: string;
  objectives?: string;
  expectedResults?: string;
  material?: string;
  conclusions?: string;
};
export type ActionInput = { what: string; who: string; dueDate?: string; status?: string; progressNotes?: string };

async function fillFields(form: Locator, values: Record<string, string | undefined>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const field = form.locator(`#${id}`);
    if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}

export class PokjaPages {
  /** Called with the form's name once it is filled, before it is saved (screenshots, checks). */
  beforeSave: ((form: string) => Promise<void>) | null = null;

  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.locator('main#main');
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async openHome(): Promise<void> {
    await this.page.goto('/pokja');
    await this.page.getByTestId('pokja-home').waitFor();
  }

  async addMember(input: MemberInput, villageCode?: string): Promise<void> {
    await this.page.goto('/pokja/anggota/baru');
    const form = this.page.getByTestId('member-form');
    await form.waitFor();
    await fillFields(form, { villageCode, name: input.name, position: input.position, phone: input.phone });
    await form.getByRole('button', { name: 'Simpan anggota' }).click();
    await this.page.getByTestId('pokja-member-list').waitFor();
  }

  memberItems(): Locator {
    return this.page.getByTestId('pokja-member');
  }

  /** Saves a new meeting and waits for its page; returns the meeting's id from the URL. */
  async addMeeting(input: MeetingInput): Promise<string> {
    await this.page.getByTestId('add-meeting').click();
    const form = this.page.getByTestId('meeting-form');
    await form.waitFor();
    await fillFields(form, input);
    await this.beforeSave?.('meeting-form');
    await form.getByRole('button', { name: 'Simpan pertemuan' }).click();
    await this.page.getByTestId('meeting-detail').waitFor();
    return new URL(this.page.url()).pathname.split('/').at(-1) ?? '';
  }

  attendancePerson(name: string): Locator {
    return this.page.getByTestId('attendance-person').filter({ has: this.page.locator('.attendance-person__name', { hasText: name }) });
  }

  async markAttendance(name: string, status: 'Hadir' | 'Izin' | 'Tidak hadir'): Promise<void> {
    const button = this.attendancePerson(name).getByRole('group', { name: `Kehadiran ${name}` }).getByRole('button', { name: status, exact: true });
    await button.click();
    await this.page.waitForFunction((element) => element?.getAttribute('aria-pressed') === 'true', await button.elementHandle());
  }

  /** Draws a short zig-zag signature with pointer (mouse) strokes and saves it. */
  async sign(name: string): Promise<void> {
    const person = this.attendancePerson(name);
    await person.getByRole('button', { name: 'Tanda tangan', exact: true }).click();
    const canvas = person.getByRole('img', { name: `Tanda tangan ${name}` });
    const box = await canvas.boundingBox();
    if (!box) throw new Error('signature canvas not visible');
    const { mouse } = this.page;
    await mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.7);
    await mouse.down();
    for (let step = 1; step <= 12; step += 1) {
      await mouse.move(box.x + box.width * (0.1 + step * 0.065), box.y + box.height * (step % 2 ? 0.25 : 0.75), { steps: 3 });
    }
    await mouse.up();
    await this.beforeSave?.('signature-pad');
    await person.getByRole('button', { name: 'Simpan', exact: true }).click();
    await person.locator('img.signature-image').waitFor();
  }

  async addGuest(name: string, position: string): Promise<void> {
    const form = this.page.getByTestId('guest-form');
    await fillFields(form, { 'guest-name': name, 'guest-position': position });
    await form.getByRole('button', { name: 'Tambah tamu' }).click();
    await this.attendancePerson(name).waitFor();
  }

  async addAction(meetingId: string, input: ActionInput): Promise<void> {
    await this.page.goto(`/pokja/pertemuan/${meetingId}/rtl/baru`);
    const form = this.page.getByTestId('action-item-form');
    await form.waitFor();
    await fillFields(form, input);
    await form.getByRole('button', { name: 'Simpan RTL' }).click();
    await this.page.getByTestId('meeting-detail').waitFor();
  }

  actionForm(): Locator {
    return this.page.getByTestId('action-item-form');
  }

  get report(): Locator {
    return this.page.getByTestId('meeting-report');
  }

  async logOutreach(values: Record<string, string>): Promise<void> {
    await this.page.goto('/genre');
    await this.page.getByTestId('add-outreach').click();
    const form = this.page.getByTestId('outreach-form');
    await form.waitFor();
    await fillFields(form, values);
    await this.beforeSave?.('outreach-form');
    await form.getByRole('button', { name: 'Simpan penyuluhan' }).click();
    await this.page.getByTestId('outreach-detail').waitFor();
  }

  month(month: string): Locator {
    return this.page.locator(`[data-testid="outreach-month"][data-month="${month}"]`);
  }
}
