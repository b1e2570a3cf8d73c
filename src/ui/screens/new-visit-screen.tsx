// Record a house visit (/keluarga/:id/kunjungan/baru). A save writes through the repository
// (offline: kept and queued) and returns to the household's page, where the visit shows.
import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PageHeader } from '../components/page-header.tsx';
import { useHousehold } from '../data/households.ts';
import { useMembers } from '../data/persons.ts';
import { createVisit } from '../data/visits.ts';
import type { SaveOutcome } from '../households/use-household-form.ts';
import { useT } from '../i18n/language.tsx';
import { deviceToday } from '../platform/calendar.ts';
import { emptyVisitDraft } from '../visits/visit-draft.ts';
import type { VisitFields } from '../visits/visit-draft.ts';
import { VisitForm } from '../visits/visit-form.tsx';
import { draftKey } from '../data/drafts.ts';
import { useSignedInName } from '../data/session.ts';

export function NewVisitScreen({ id }: { id: string }) {
  const t = useT();
  const { route } = useLocation();
  const household = useHousehold(id);
  const members = useMembers(id);
  const today = useMemo(() => deviceToday(), []);
  const cadreName = useSignedInName();
  const context = useMemo(() => ({ householdId: id, villageCode: household?.villageCode ?? '', today }), [id, household?.villageCode, today]);
  const detail = `/keluarga/${id}`;
  if (household === undefined || members === undefined) return <p class="loading">{t('common.loading')}</p>;
  if (household === null || household.deleted) {
    return (
      <div class="screen">
        <PageHeader title={t('visits.form.addTitle')} lead={t('households.detail.notFound')} back={{ href: '/keluarga', label: t('households.detail.back') }} />
      </div>
    );
  }
  const save = async (fields: VisitFields): Promise<SaveOutcome> => {
    const outcome = await createVisit({ ...fields, householdId: id, villageCode: household.villageCode });
    return outcome.ok ? { ok: true } : outcome;
  };
  return (
    <div class="screen screen--form">
      <PageHeader title={t('visits.form.addTitle')} back={{ href: detail, label: household.headName }} />
      <VisitForm initial={emptyVisitDraft(today, cadreName)} context={context} members={members} onSave={save} onSaved={() => route(detail, true)} onCancel={() => route(detail)} draftKey={draftKey('visit', null, id)} />
    </div>
  );
}
