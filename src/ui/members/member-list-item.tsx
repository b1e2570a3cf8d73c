// One member in the household page: name, relation and age, target badges. A child under five
// also shows her latest growth status (category words and colour, T/2T, "Belum diukur 60
// hari"), her row opens her page (chart, history; edited from there) and gets "Ukur" (new
// measurement). Another member's row opens the member's form, for a role that may change
// persons; a viewer gets no link (issue #5).
import { useCanWrite } from '../data/session.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import type { Person } from '../../domain/person.ts';
import { isUnderFive, targetStatus } from '../../domain/target-status.ts';
import { useT } from '../i18n/language.tsx';
import type { ChildStatus } from '../../domain/child-status.ts';
import { StatusBadges } from '../children/status-badges.tsx';
import { TargetBadges } from './target-badges.tsx';

/** `growth`: the child's latest status (undefined for an adult, null while the WHO tables load). */
export function MemberListItem({ person, today, growth }: { person: Person; today: CalendarDate; growth?: ChildStatus | null }) {
  const t = useT();
  const status = targetStatus(person, today);
  const months = status.ageMonths;
  const age = months === null ? '' : months < 24 ? t('members.list.ageMonths', { months }) : t('members.list.ageYears', { years: Math.floor(months / 12) });
  const meta = [t(`enums.familyRelation.${person.relation}`), t(`enums.sex.${person.sex}`), age].filter(Boolean).join(' · ');
  const isChild = isUnderFive(person.birthDate, today);
  const canEdit = useCanWrite('person');
  const canMeasure = useCanWrite('measurement') && isChild;
  const href = isChild ? `/anak/${person.id}` : canEdit ? `/keluarga/${person.householdId}/anggota/${person.id}/ubah` : undefined;
  return (
    <li class={canMeasure ? 'list-item list-item--with-action' : 'list-item'}>
      <a class="list-item__link" href={href} data-testid="member-item">
        <span class="list-item__body">
          <span class="list-item__title">{person.name}</span>
          <span class="list-item__sub">{meta}</span>
          <TargetBadges status={status} />
          {isChild && growth && <span class="member-growth" data-testid="member-growth"><StatusBadges flags={growth.flags} /></span>}
        </span>
        {href && <svg class="list-item__chevron" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>}
      </a>
      {canMeasure && (
        <a class="button button--secondary member-measure" href={`/anak/${person.id}/ukur/baru`} data-testid="member-measure">
          {t('children.memberLink')}
        </a>
      )}
    </li>
  );
}
