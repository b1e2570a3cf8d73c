// A read-only card of label/value pairs; empty values read "Belum diisi" in grey.
import type { ComponentChildren } from 'preact';
import { useT } from '../i18n/language.tsx';

export type DetailRow = { label: string; value: string | null | undefined };

export function DetailCard({ title, rows, children }: { title: string; rows: DetailRow[]; children?: ComponentChildren }) {
  const t = useT();
  return (
    <section class="card">
      <h2 class="card__title">{title}</h2>
      <dl class="detail-list">
        {rows.map((row) => (
          <div class="detail-list__row" key={row.label}>
            <dt>{row.label}</dt>
            <dd class={row.value ? undefined : 'is-empty'}>{row.value || t('households.detail.notFilled')}</dd>
          </div>
        ))}
      </dl>
      {children}
    </section>
  );
}
