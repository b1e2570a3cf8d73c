// "Kunjungan": the household's visits, newest first, on request who recorded each, and
// "Catat kunjungan".
import { useState } from 'preact/hooks';
import { IfCanWrite } from '../account/if-can-write.tsx';
import type { Person } from '../../domain/person.ts';
import type { Visit } from '../../domain/visit.ts';
import { useT } from '../i18n/language.tsx';
import { VisitListItem } from '../visits/visit-list-item.tsx';

type Props = { householdId: string; visits: readonly Visit[] | undefined; members: readonly Person[] };

export function HouseholdVisitsCard({ householdId, visits, members }: Props) {
  const t = useT();
  const byId = new Map(members.map((member) => [member.id, member]));
  const [showAuthors, setShowAuthors] = useState(false);
  return (
    <section class="card card--list" aria-labelledby="visits-title" data-testid="visits-card">
      <h2 class="card__title" id="visits-title">
        {t('visits.list.title')}
      </h2>
      {visits === undefined ? (
        <p class="card__text">{t('common.loading')}</p>
      ) : visits.length === 0 ? (
        <p class="card__text">{t('visits.list.empty')}</p>
      ) : (
        <ul class="visit-list">
          {visits.map((visit) => (
            <VisitListItem key={visit.id} visit={visit} members={byId} showAuthor={showAuthors} />
          ))}
        </ul>
      )}
      {visits && visits.length > 0 && !showAuthors && (
        <button type="button" class="button button--ghost" onClick={() => setShowAuthors(true)} data-testid="show-visit-authors">
          {t('account.history.showAuthors')}
        </button>
      )}
      <IfCanWrite kind="visit">
        <a class="button button--primary button--wide" href={`/keluarga/${householdId}/kunjungan/baru`} data-testid="add-visit">
          {t('households.detail.addVisit')}
        </a>
      </IfCanWrite>
    </section>
  );
}
