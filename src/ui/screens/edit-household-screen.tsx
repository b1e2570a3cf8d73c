// Edit a household: the form starts from the stored record; a save writes only through
// the repository (per-field merge on sync, so a colleague's edit of another field survives).
import { useLocation } from 'preact-iso';
import { PageHeader } from '../components/page-header.tsx';
import { updateHousehold, useHousehold } from '../data/households.ts';
import { draftFromHousehold } from '../households/household-draft.ts';
import type { HouseholdFields } from '../households/household-draft.ts';
import { HouseholdForm } from '../households/household-form.tsx';
import type { SaveOutcome } from '../households/use-household-form.ts';
import { useT } from '../i18n/language.tsx';
import { saveLastVillageCode } from '../platform/settings.ts';
import { draftKey } from '../data/drafts.ts';

export function EditHouseholdScreen({ id }: { id: string }) {
  const t = useT();
  const { route } = useLocation();
  const household = useHousehold(id);
  const detail = `/keluarga/${id}`;
  if (household === undefined) return <p class="loading">{t('common.loading')}</p>;
  if (household === null) {
    return (
      <div class="screen">
        <PageHeader title={t('households.form.editTitle')} lead={t('households.detail.notFound')} back={{ href: '/keluarga', label: t('households.detail.back') }} />
      </div>
    );
  }
  const save = async (fields: HouseholdFields): Promise<SaveOutcome> => {
    const outcome = await updateHousehold(id, fields);
    if (outcome.ok) saveLastVillageCode(fields.villageCode);
    return outcome.ok ? { ok: true } : outcome;
  };
  return (
    <div class="screen screen--form">
      <PageHeader title={t('households.form.editTitle')} back={{ href: detail, label: household.headName }} />
      <HouseholdForm
        initial={draftFromHousehold(household)}
        onSave={save}
        onSaved={() => route(detail, true)}
        onCancel={() => route(detail)}
        draftKey={draftKey('household', id)}
      />
    </div>
  );
}
