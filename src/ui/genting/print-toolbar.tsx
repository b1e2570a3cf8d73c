// The screen-only top of a printable report: title, back link, how to save a PDF, and the
// print button (window.print(); the print CSS hides this bar and the app's frame).
import { PageHeader } from '../components/page-header.tsx';
import { useT } from '../i18n/language.tsx';

export function PrintToolbar({ title, back }: { title: string; back: { href: string; label: string } }) {
  const t = useT();
  return (
    <div class="print-toolbar">
      <PageHeader title={title} back={back} lead={t('reports.printHint')} />
      <button type="button" class="button button--primary button--wide button--large" onClick={() => window.print()} data-testid="print-report">
        {t('reports.print')}
      </button>
    </div>
  );
}
