// Add a household. It starts in the account's only village (else the one used last here, if
// the account has it: data/session.ts defaultVillageCode); a save
// writes through the repository (offline: kept on the device and in the outbox until the
// next sync) and opens the new household's page.
import { useLocation } from 'preact-iso';
import { PageHeader } from '../components/page-header.tsx';
import { createHousehold } from '../data/households.ts';
import { emptyDraft } from '../households/household-draft.ts';
import type { HouseholdFields } from '../households/household-draft.ts';
import { HouseholdForm } from '../households/household-form.tsx';
import type { SaveOutcome } from '../households/use-household-form.ts';
import { useT } from '../i18n/language.tsx';
import { readLastVillageCode, saveLastVillageCode } from '../platform/settings.ts';
import { draftKey } from '../data/drafts.ts';
import { accountVillagesOf, defaultVillageCode, useSession } from '../data/session.ts';

export function NewHouseholdScreen() {
  const t = useT();
  const { route } = useLocation();
  const session = useSession();
  let savedId = '';
  const save = async (fields: HouseholdFields): Promise<SaveOutcome> => {
    const outcome = await createHousehold(fields);
    if (!outcome.ok) return outcome;
    savedId = outcome.id;
    saveLastVillageCode(fields.villageCode);
    return { ok: true };
  };
  if (session.state === 'loading') return <p class="loading">{t('common.loading')}</p>;
  return (
    <div class="screen screen--form">
      <PageHeader title={t('households.form.addTitle')} back={{ href: '/keluarga', label: t('households.detail.back') }} />
      <HouseholdForm
        initial={emptyDraft(defaultVillageCode(accountVillagesOf(session), readLastVillageCode()))}
        onSave={save}
        onSaved={() => route(`/keluarga/${savedId}`, true)}
        onCancel={() => route('/keluarga')}
        draftKey={draftKey('household', null)}
      />
    </div>
  );
}
