// /ekspor "Ekspor data" (issue #7): every list of the village (households, children with the
// latest z-scores, measurements, sponsors, pledges, deliveries, attendance, RTL) as CSV or
// XLSX, made on the device from its database (offline too). NIK and KK numbers are masked
// unless the signed-in role may see them (koordinator, admin); the screen says which.
// A lazy chunk: the XLSX writer (fflate) is not part of the initial bundle.
import { useMemo, useState } from 'preact/hooks';
import { exportFileName, exportLists, exportRows, exportTable, maySeeIdentifiers } from '../../reports/exports.ts';
import type { ExportRows } from '../../reports/exports.ts';
import { toCsv, toXlsx } from '../../reports/export-files.ts';
import { formatVillageCode } from '../../domain/village-code.ts';
import type { Role } from '../../sync/roles.ts';
import { roleText } from '../account/account-text.ts';
import { useGrowthTables } from '../children/use-growth-tables.ts';
import { PageHeader } from '../components/page-header.tsx';
import { SelectField } from '../components/select-field.tsx';
import { useExportRecords } from '../data/exports.ts';
import type { ExportRecords } from '../data/exports.ts';
import { useSession } from '../data/session.ts';
import { useT } from '../i18n/language.tsx';
import { deviceToday } from '../platform/calendar.ts';
import { downloadFile } from '../platform/download.ts';
import { ExportItem } from './export-item.tsx';
import type { ExportFormat } from './export-item.tsx';
import './exports.css';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function villagesOf(records: ExportRecords): string[] {
  const all = [records.households, records.persons, records.sponsors, records.pledges, records.meetings, records.pokjaMembers, records.outreach];
  return [...new Set(all.flatMap((list) => list.map((record) => record.villageCode)))].sort();
}

export function ExportScreen() {
  const t = useT();
  const session = useSession();
  const records = useExportRecords();
  const { tables, isLoading } = useGrowthTables();
  const today = useMemo(() => deviceToday(), []);
  const [village, setVillage] = useState('');
  const user = session.state === 'active' || session.state === 'expired' ? session.user : null;
  const role = user ? (user.role as Role) : null;
  const villages = useMemo(() => (records ? villagesOf(records) : []), [records]);
  const villageCode = village || villages[0] || '';
  const ready = records !== undefined && session.state !== 'loading' && !isLoading;
  const lists = useMemo(
    () => (ready && records && villageCode ? exportLists.map((list) => exportRows(list, { ...records, role, villageCode, today, tables }, t)) : null),
    [ready, records, role, villageCode, today, tables, t],
  );
  if (!ready) return <p class="loading">{t('common.loading')}</p>;
  const download = (rows: ExportRows, format: ExportFormat) => {
    const table = exportTable(rows, t);
    const name = exportFileName(rows.list, villageCode, today, format);
    if (format === 'csv') downloadFile(name, 'text/csv;charset=utf-8', toCsv(table));
    else downloadFile(name, xlsxType, toXlsx(table));
  };
  const privacy = user ? t(maySeeIdentifiers(role) ? 'reports.exportScreen.revealed' : 'reports.exportScreen.masked', { role: roleText(user, t) }) : t('reports.exportScreen.notSignedIn');
  return (
    <div class="screen" data-testid="export-screen">
      <PageHeader title={t('reports.exportScreen.title')} lead={t('reports.exportScreen.intro')} />
      <p class="card card--muted export-privacy" data-testid="export-privacy" data-masked={String(!maySeeIdentifiers(role))}>{privacy}</p>
      <p class="export-hint">{t('reports.exportScreen.excelHint')}</p>
      {villages.length > 1 && (
        <SelectField id="export-village" label={t('reports.exportScreen.village')} value={villageCode} options={villages.map((code) => ({ value: code, label: formatVillageCode(code) }))} onValue={setVillage} />
      )}
      {!tables && <p class="card card--muted">{t('reports.exportScreen.noTables')}</p>}
      {!lists ? (
        <p class="card card__text">{t('reports.exportScreen.noData')}</p>
      ) : (
        <ul class="export-list" data-testid="export-list">
          {lists.map((rows) => <ExportItem key={rows.list} rows={rows} onDownload={download} />)}
        </ul>
      )}
    </div>
  );
}
