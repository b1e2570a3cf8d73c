// A child's page (/anak/:id): age and household, the latest status (flags), the growth chart
// and the measurement history (newest first) with z-scores, categories and faltering marks;
// on request who recorded each (from the server, needs signal), and the child's change history.
import { RecordAuthor } from '../account/record-author.tsx';
import { RecordHistoryCard } from '../account/record-history-card.tsx';
import { IfCanWrite } from '../account/if-can-write.tsx';
import { useMemo, useState } from 'preact/hooks';
import { assessGrowthFaltering } from '../../anthro/faltering.ts';
import type { FalteringStatus } from '../../anthro/faltering.ts';
import type { GrowthTables } from '../../anthro/growth-tables.ts';
import { assessChildMeasurement, childStatus } from '../../domain/child-status.ts';
import type { Measurement } from '../../domain/measurement.ts';
import type { Person } from '../../domain/person.ts';
import { PageHeader } from '../components/page-header.tsx';
import { useMeasurements } from '../data/children.ts';
import { useHousehold } from '../data/households.ts';
import { usePerson } from '../data/persons.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { deviceToday, formatDate } from '../platform/calendar.ts';
import { AssessmentPanel } from './assessment-panel.tsx';
import { formatNumber } from './format.ts';
import { GrowthChart } from './growth-chart.tsx';
import { StatusBadges } from './status-badges.tsx';
import { useGrowthTables } from './use-growth-tables.ts';
import { ageText } from './age-text.ts';

function History({ child, measurements, tables }: { child: Person; measurements: readonly Measurement[]; tables: GrowthTables | null }) {
  const t = useT();
  const [language] = useLanguage();
  const marks = useMemo(() => {
    const byDate = new Map<string, FalteringStatus>();
    if (!child.birthDate) return byDate;
    const weighings = measurements.filter((m) => m.weightKg != null && m.oedema !== true).map((m) => ({ date: m.date, weightKg: m.weightKg as number }));
    for (const month of assessGrowthFaltering(child.birthDate, weighings)) byDate.set(month.date, month.status);
    return byDate;
  }, [child.birthDate, measurements]);
  const newestFirst = [...measurements].reverse();
  const [showAuthors, setShowAuthors] = useState(false);
  return (
    <section class="card card--list" aria-labelledby="history-title" data-testid="measurement-history">
      <h2 class="card__title" id="history-title">{t('children.detail.history')}</h2>
      {newestFirst.length === 0 && <p class="card__text">{t('children.detail.noMeasurements')}</p>}
      <ul class="list list--flat">
        {newestFirst.map((m) => {
          const assessed = tables ? assessChildMeasurement(tables, child, m) : null;
          const numbers = [
            m.weightKg != null ? t('children.detail.weight', { kg: formatNumber(m.weightKg, language, 1) }) : '',
            m.lengthCm != null ? t(m.measure === 'h' ? 'children.detail.height' : 'children.detail.length', { cm: formatNumber(m.lengthCm, language, 1) }) : '',
            m.oedema ? t('measurements.fields.oedema') : '',
          ].filter(Boolean).join(' · ');
          return (
            <li key={m.id} class="history-item" data-testid="history-item">
              <p class="history-item__head">
                <span class="history-item__date">{formatDate(m.date, language, 'medium')}</span>
                <span class="history-item__numbers">{numbers}</span>
              </p>
              {assessed && <AssessmentPanel ageDays={assessed.ageDays} indices={assessed.indices} faltering={marks.get(m.date) ?? null} />}
              {showAuthors && <RecordAuthor kind="measurement" id={m.id} />}
            </li>
          );
        })}
      </ul>
      {newestFirst.length > 0 && !showAuthors && (
        <button type="button" class="button button--ghost" onClick={() => setShowAuthors(true)} data-testid="show-authors">
          {t('account.history.showAuthors')}
        </button>
      )}
    </section>
  );
}

export function ChildScreen({ id }: { id: string }) {
  const t = useT();
  const child = usePerson(id);
  const measurements = useMeasurements(id);
  const household = useHousehold(child?.householdId ?? '');
  const { tables, isLoading } = useGrowthTables();
  const today = useMemo(() => deviceToday(), []);
  if (child === undefined || measurements === undefined) return <p class="loading">{t('common.loading')}</p>;
  if (child === null || child.deleted) {
    return (
      <div class="screen">
        <PageHeader title={t('children.detail.title')} lead={t('children.detail.notFound')} back={{ href: '/anak', label: t('children.list.title') }} />
      </div>
    );
  }
  const status = tables ? childStatus(tables, child, measurements, today) : null;
  const meta = [t(`enums.sex.${child.sex}`), ageText(t, child.birthDate, today), household && !household.deleted ? t('children.list.family', { name: household.headName }) : '', household?.dusun ?? ''].filter(Boolean).join(' · ');
  return (
    <div class="screen child-screen" data-testid="child-page">
      <PageHeader
        title={child.name}
        lead={meta}
        back={{ href: '/anak', label: t('children.list.title') }}
        action={<IfCanWrite kind="measurement"><a class="button button--primary" href={`/anak/${id}/ukur/baru`} data-testid="measure-child">{t('children.detail.measure')}</a></IfCanWrite>}
      />
      {status && (
        <section class="card" aria-labelledby="status-title" data-testid="child-status">
          <h2 class="card__title" id="status-title">{t('children.detail.status')}</h2>
          <StatusBadges flags={status.flags} />
          {status.lastMeasured && <p class="card__text">{status.daysSinceMeasured === 0 ? t('children.list.measuredToday') : t('children.detail.lastMeasured', { days: status.daysSinceMeasured ?? 0 })}</p>}
        </section>
      )}
      {!tables && !isLoading && <p class="card card__text">{t('measurements.assessment.noTables')}</p>}
      {tables && child.birthDate && <GrowthChart tables={tables} child={child} measurements={measurements} today={today} />}
      {!child.birthDate && <p class="card card__text">{t('children.detail.noBirthDate')}</p>}
      <History child={child} measurements={measurements} tables={tables} />
      <IfCanWrite kind="person">
        <a class="button button--secondary button--wide" href={`/keluarga/${child.householdId}/anggota/${child.id}/ubah`} data-testid="edit-child">{t('children.detail.edit')}</a>
      </IfCanWrite>
      <a class="button button--secondary button--wide" href={`/keluarga/${child.householdId}`}>{t('children.detail.household')}</a>
      <RecordHistoryCard kind="person" id={child.id} fieldKeys="members.fields" />
    </div>
  );
}
