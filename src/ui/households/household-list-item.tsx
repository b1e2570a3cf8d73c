// One household in the list: initials, head of family, dusun and RT/RW, address, and a row of
// badges (number of members when known, risk, targets) under the text, so the text keeps the
// row's whole width at 360 px. The whole row is one link (a large touch target).
import type { Household } from '../../domain/household.ts';
import { useT } from '../i18n/language.tsx';
import { RecordSyncMark } from '../sync/record-sync-mark.tsx';
import { placeText } from './household-place-text.ts';

type Props = {
  household: Household;
  memberCount?: number | undefined;
  badges?: readonly { text: string; tone: 'risk' | 'target' }[] | undefined;
  /** Members and badges not known yet (the list's index is being built): their line is kept empty, so the row does not grow. */
  pending?: boolean;
};

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0]];
  return letters.map((word) => (word ?? '').charAt(0).toLocaleUpperCase('id')).join('');
}

export function HouseholdListItem({ household, memberCount, badges, pending = false }: Props) {
  const t = useT();
  const place = placeText(household, t);
  const hasMembers = memberCount !== undefined && memberCount > 0;
  return (
    <li class="list-item">
      <a class="list-item__link" href={`/keluarga/${household.id}`} data-testid="household-item">
        <span class="avatar" aria-hidden="true">
          {initials(household.headName)}
        </span>
        <span class="list-item__body">
          <span class="list-item__title">{household.headName}</span>
          {place && <span class="list-item__meta">{place}</span>}
          <span class="list-item__sub">{household.address ?? t('households.noAddress')}</span>
          <RecordSyncMark kind="household" id={household.id} />
          {pending && <span class="target-badges target-badges--pending" aria-hidden="true" />}
          {(hasMembers || (badges?.length ?? 0) > 0) && (
            <span class="target-badges">
              {hasMembers && <span class="target-badge target-badge--count">{t('households.members', { count: memberCount })}</span>}
              {badges?.map((badge) => (
                <span key={badge.text} class={`target-badge target-badge--${badge.tone}`}>
                  {badge.text}
                </span>
              ))}
            </span>
          )}
        </span>
        <svg class="list-item__chevron" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      </a>
    </li>
  );
}
