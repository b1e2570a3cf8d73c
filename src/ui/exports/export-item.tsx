// One list of the export screen: its name, how many rows, "Unduh CSV" and "Unduh XLSX".
// The file is made on the device from the rows already on screen: no network needed.
import { useState } from 'preact/hooks';
import type { ExportRows } from '../../reports/exports.ts';
import { useT } from '../i18n/language.tsx';

export type ExportFormat = 'csv' | 'xlsx';

type Props = { rows: ExportRows; onDownload: (rows: ExportRows, format: ExportFormat) => void };

export function ExportItem({ rows, onDownload }: Props) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const name = t(`reports.exportLists.${rows.list}`);
  const download = (format: ExportFormat) => {
    try {
      setFailed(false);
      onDownload(rows, format);
    } catch {
      setFailed(true);
    }
  };
  const button = (format: ExportFormat) => {
    const action = t(`reports.exportScreen.${format}`);
    return (
      <button type="button" class="button button--secondary" aria-label={t('reports.exportScreen.downloadLabel', { action, list: name })} onClick={() => download(format)} data-testid={`download-${format}`}>
        {action}
      </button>
    );
  };
  return (
    <li class="card export-item" data-testid={`export-${rows.list}`}>
      <div class="export-item__head">
        <h2 class="export-item__title">{name}</h2>
        <p class="export-item__count" data-testid="export-count">{t('reports.exportScreen.rows', { count: rows.rows.length })}</p>
      </div>
      <div class="export-item__actions">
        {button('csv')}
        {button('xlsx')}
      </div>
      {failed && <p class="field__error" role="alert">{t('reports.exportScreen.failed', { list: name })}</p>}
    </li>
  );
}
