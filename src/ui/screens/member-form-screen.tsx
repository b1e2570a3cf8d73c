// Add or edit a household member (/keluarga/:id/anggota/baru, /keluarga/:id/anggota/:memberId/ubah).
// A save writes through the repository (offline: kept and queued) and returns to the
// household's page, where the risk label and badges update at once.
import { RecordHistoryCard } from '../account/record-history-card.tsx';
import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { completedYearsBetween } from '../../domain/calendar-date.ts';
import type { Person } from '../../domain/person.ts';
import { PageHeader } from '../components/page-header.tsx';
import { useHousehold } from '../data/households.ts';
import { createPerson, updatePerson, useMembers } from '../data/persons.ts';
import type { SaveOutcome } from '../households/use-household-form.ts';
import { useT } from '../i18n/language.tsx';
import { draftFromPerson, emptyMemberDraft } from '../members/member-draft.ts';
import type { MemberFields } from '../members/member-draft.ts';
import { MemberForm } from '../members/member-form.tsx';
import { DeleteMemberButton } from '../members/delete-member-button.tsx';
import { deviceToday } from '../platform/calendar.ts';
import { draftKey } from '../data/drafts.ts';

/** Women of the household who could be a mother (10 years or older, or age unknown), not the person. */
function possibleMothers(members: readonly Person[], personId: string | undefined, today: string): Person[] {
  return members.filter((m) => m.id !== personId && m.sex === 'F' && (!m.birthDate || (m.birthDate <= today && completedYearsBetween(m.birthDate, today) >= 10)));
}

type Props = { id: string; memberId?: string };

export function MemberFormScreen({ id, memberId }: Props) {
  const t = useT();
  const { route } = useLocation();
  const household = useHousehold(id);
  const members = useMembers(id);
  const today = useMemo(() => deviceToday(), []);
  const detail = `/keluarga/${id}`;
  const person = memberId ? members?.find((member) => member.id === memberId) : undefined;
  const title = t(memberId ? 'members.form.editTitle' : 'members.form.addTitle');
  const context = useMemo(() => ({ householdId: id, villageCode: household?.villageCode ?? '', today }), [id, household?.villageCode, today]);
  if (household === undefined || members === undefined) return <p class="loading">{t('common.loading')}</p>;
  if (household === null || household.deleted || (memberId && !person)) {
    const lead = t(household ? 'members.notFound' : 'households.detail.notFound');
    return (
      <div class="screen">
        <PageHeader title={title} lead={lead} back={{ href: household ? detail : '/keluarga', label: household?.headName ?? t('households.detail.back') }} />
      </div>
    );
  }
  const save = async (fields: MemberFields): Promise<SaveOutcome> => {
    const outcome = person ? await updatePerson(person.id, fields) : await createPerson({ ...fields, householdId: id, villageCode: household.villageCode });
    return outcome.ok ? { ok: true } : outcome;
  };
  return (
    <div class="screen screen--form">
      <PageHeader title={title} back={{ href: detail, label: household.headName }} lead={person?.name} />
      <MemberForm
        key={person?.id ?? 'new'}
        initial={person ? draftFromPerson(person) : emptyMemberDraft()}
        context={context}
        mothers={possibleMothers(members, person?.id, today)}
        onSave={save}
        onSaved={() => route(detail, true)}
        onCancel={() => route(detail)}
        draftKey={draftKey('person', person?.id, id)}
      />
      {person && <DeleteMemberButton person={person} household={household} />}
      {person && <RecordHistoryCard kind="person" id={person.id} fieldKeys="members.fields" />}
    </div>
  );
}
