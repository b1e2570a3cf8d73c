// "Anggota keluarga": the members with their target badges, and "Tambah anggota".
import { IfCanWrite } from '../account/if-can-write.tsx';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import type { ChildStatus } from '../../domain/child-status.ts';
import type { Person } from '../../domain/person.ts';
import { useT } from '../i18n/language.tsx';
import { MemberListItem } from '../members/member-list-item.tsx';

type Props = { householdId: string; members: readonly Person[]; today: CalendarDate; growth: ReadonlyMap<string, ChildStatus> | null };

export function HouseholdMembersCard({ householdId, members, today, growth }: Props) {
  const t = useT();
  return (
    <section class="card card--list" aria-labelledby="members-title" data-testid="members-card">
      <h2 class="card__title" id="members-title">
        {t('households.detail.members')}
      </h2>
      {members.length === 0 ? (
        <p class="card__text">{t('households.detail.noMembers')}</p>
      ) : (
        <ul class="list list--flat">
          {members.map((person) => (
            <MemberListItem key={person.id} person={person} today={today} growth={growth ? growth.get(person.id) : null} />
          ))}
        </ul>
      )}
      <IfCanWrite kind="person">
        <a class="button button--secondary button--wide" href={`/keluarga/${householdId}/anggota/baru`} data-testid="add-member">
          {t('households.detail.addMember')}
        </a>
      </IfCanWrite>
    </section>
  );
}
