// Record a measurement of a child (/anak/:id/ukur/baru). A save writes through the repository
// (offline: kept and queued) and opens the child's page with the new point on the chart.
import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { isUnderFive } from '../../domain/target-status.ts';
import { PageHeader } from '../components/page-header.tsx';
import { createMeasurement, useMeasurements } from '../data/children.ts';
import { usePerson } from '../data/persons.ts';
import type { SaveOutcome } from '../households/use-household-form.ts';
import { useT } from '../i18n/language.tsx';
import { deviceToday } from '../platform/calendar.ts';
import { emptyMeasurementDraft } from './measurement-draft.ts';
import type { MeasurementFields } from './measurement-draft.ts';
import { MeasurementForm } from './measurement-form.tsx';
import { useGrowthTables } from './use-growth-tables.ts';
import { draftKey } from '../data/drafts.ts';

export function MeasurementScreen({ id }: { id: string }) {
  const t = useT();
  const { route } = useLocation();
  const child = usePerson(id);
  const previous = useMeasurements(id);
  const { tables, isLoading } = useGrowthTables();
  const today = useMemo(() => deviceToday(), []);
  const context = useMemo(() => ({ personId: id, villageCode: child?.villageCode ?? '', today, birthDate: child?.birthDate }), [id, child?.villageCode, child?.birthDate, today]);
  const initial = useMemo(() => emptyMeasurementDraft(today, child?.birthDate), [today, child?.birthDate]);
  if (child === undefined || previous === undefined) return <p class="loading">{t('common.loading')}</p>;
  if (child === null || child.deleted) {
    return (
      <div class="screen">
        <PageHeader title={t('measurements.form.title')} lead={t('children.detail.notFound')} back={{ href: '/anak', label: t('children.list.title') }} />
      </div>
    );
  }
  const page = `/anak/${id}`;
  const save = async (fields: MeasurementFields): Promise<SaveOutcome> => {
    const outcome = await createMeasurement({ ...fields, personId: id, villageCode: child.villageCode });
    return outcome.ok ? { ok: true } : outcome;
  };
  const lead = isUnderFive(child.birthDate, today) ? undefined : t('measurements.form.notUnderFive');
  return (
    <div class="screen screen--form">
      <PageHeader title={t('measurements.form.title')} lead={lead} back={{ href: page, label: child.name }} />
      <MeasurementForm key={initial.measure} child={child} initial={initial} context={context} previous={previous} tables={tables} tablesLoading={isLoading} onSave={save} onSaved={() => route(page, true)} onCancel={() => route(page)} draftKey={draftKey('measurement', null, id)} />
    </div>
  );
}
