// A household's page: the stunting-risk label with its reasons and factors, the members
// with their target badges ("Tambah anggota"), the visits ("Catat kunjungan"), the
// household's data ("Ubah") and the place of its edit history.
import { IfCanWrite } from '../account/if-can-write.tsx';
import type { Household } from '../../domain/household.ts';
import { formatVillageCode } from '../../domain/village-code.ts';
import { DetailCard } from '../components/detail-card.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useHousehold } from '../data/households.ts';
import { useMembers } from '../data/persons.ts';
import { useVisits } from '../data/visits.ts';
import { growthReasons, useHouseholdGrowth } from '../children/use-household-growth.ts';
import { HouseholdHistorySlot } from '../households/household-history-slot.tsx';
import { HouseholdMembersCard } from '../households/household-members-card.tsx';
import { HouseholdRiskCard } from '../households/household-risk-card.tsx';
import { HouseholdVisitsCard } from '../households/household-visits-card.tsx';
import { placeText } from '../households/household-place-text.ts';
import { rtRwText } from '../households/household-place-text.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import type { Translate } from '../i18n/language.tsx';
import { deviceToday } from '../platform/calendar.ts';
import { DeleteHouseholdButton } from '../sync/delete-household-button.tsx';
import { RecordSyncMark } from '../sync/record-sync-mark.tsx';

function optionText(t: Translate, household: Household) {
  return {
    water: household.drinkingWater ? t(`households.drinkingWater.${household.drinkingWater}`) : null,
    toilet: household.toilet ? t(`households.toilet.${household.toilet}`) : null,
    house: household.houseCondition ? t(`households.houseCondition.${household.houseCondition}`) : null,
    decile: household.welfareDecile ? t('households.decile', { decile: household.welfareDecile }) : null,
  };
}

function HouseholdCards({ household }: { household: Household }) {
  const t = useT();
  const options = optionText(t, household);
  return (
    <>
      <DetailCard
        title={t('households.form.sectionPlace')}
        rows={[
          { label: t('households.fields.villageCode'), value: formatVillageCode(household.villageCode) },
          { label: t('households.fields.dusun'), value: household.dusun },
          { label: `${t('households.fields.rt')} / ${t('households.fields.rw')}`, value: rtRwText(household, t) },
          { label: t('households.fields.address'), value: household.address },
        ]}
      />
      <DetailCard
        title={t('households.form.sectionHead')}
        rows={[
          { label: t('households.fields.headName'), value: household.headName },
          { label: t('households.fields.kkNumber'), value: household.kkNumber },
          { label: t('households.fields.phone'), value: household.phone },
        ]}
      />
      <DetailCard
        title={t('households.form.sectionCondition')}
        rows={[
          { label: t('households.fields.welfareDecile'), value: options.decile },
          { label: t('households.fields.drinkingWater'), value: options.water },
          { label: t('households.fields.toilet'), value: options.toilet },
          { label: t('households.fields.houseCondition'), value: options.house },
        ]}
      />
      {household.notes && <DetailCard title={t('households.fields.notes')} rows={[{ label: '', value: household.notes }]} />}
    </>
  );
}

export function HouseholdDetailScreen({ id }: { id: string }) {
  const t = useT();
  const [language] = useLanguage();
  const household = useHousehold(id);
  const members = useMembers(id);
  const visits = useVisits(id);
  const today = deviceToday();
  const growth = useHouseholdGrowth(members, today);
  const back = { href: '/keluarga', label: t('households.detail.back') };
  if (household === undefined || members === undefined) return <p class="loading">{t('common.loading')}</p>;
  if (household === null || household.deleted) {
    return (
      <div class="screen">
        <PageHeader title={t('households.detail.title')} back={back} lead={t('households.detail.notFound')} />
      </div>
    );
  }
  const updated = new Date(household.updatedAt).toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long' });
  const edit = (
    <IfCanWrite kind="household">
      <a class="button button--secondary" href={`/keluarga/${household.id}/ubah`} data-testid="edit-household">
        {t('households.detail.edit')}
      </a>
    </IfCanWrite>
  );
  return (
    <div class="screen" data-testid="household-detail">
      <PageHeader title={household.headName} back={back} lead={placeText(household, t) || t('households.detail.updated', { date: updated })} action={edit} />
      <RecordSyncMark kind="household" id={household.id} linkRejected />
      <HouseholdRiskCard household={household} members={members} today={today} growth={growth ? growthReasons(members, growth) : []} />
      <HouseholdMembersCard householdId={household.id} members={members} today={today} growth={growth} />
      <HouseholdVisitsCard householdId={household.id} visits={visits} members={members} />
      <h2 class="section-title">{t('households.detail.householdData')}</h2>
      <HouseholdCards household={household} />
      <p class="card__text">{t('households.detail.updated', { date: updated })}</p>
      <HouseholdHistorySlot householdId={household.id} />
      <DeleteHouseholdButton id={household.id} headName={household.headName} />
    </div>
  );
}
