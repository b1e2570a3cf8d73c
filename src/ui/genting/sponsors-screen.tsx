// Orang Tua Asuh: the GENTING figures (sponsors, active pledges, overdue, coverage), the way
// to the matching list and the monthly recap, and the sponsors with their pledges' state.
import { IfCanWrite } from '../account/if-can-write.tsx';
import type { Sponsor } from '../../domain/sponsor.ts';
import type { PledgeRow } from '../../reports/pledge-overview.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { StatTile } from '../components/stat-tile.tsx';
import { useT } from '../i18n/language.tsx';
import { AddLink } from '../pokja/add-link.tsx';
import { NavCard } from './nav-card.tsx';
import { formatPercent } from './pledge-text.ts';
import { useGentingOverview } from './use-genting-overview.ts';
import './genting.css';

function SponsorItem({ sponsor, rows }: { sponsor: Sponsor; rows: PledgeRow[] }) {
  const t = useT();
  const active = rows.filter((row) => row.pledge.status === 'aktif').length;
  const overdue = rows.filter((row) => row.fulfilment.overdue).length;
  return (
    <li class={overdue > 0 ? 'list-item pledge-item--overdue' : 'list-item'} data-testid="sponsor-item">
      <a class="list-item__link" href={`/orang-tua-asuh/${sponsor.id}`}>
        <span class="list-item__body">
          <span class="list-item__title">{sponsor.name}</span>
          <span class="list-item__sub">{t(`enums.sponsorKind.${sponsor.kind}`)}</span>
          <span class="list-item__meta">
            {t('sponsors.home.pledgeCount', { count: active })}
            {overdue > 0 && <strong class="overdue-text"> · {t('sponsors.home.overdueCount', { count: overdue })}</strong>}
          </span>
        </span>
      </a>
    </li>
  );
}

export function SponsorsScreen() {
  const t = useT();
  const overview = useGentingOverview();
  const sponsors = overview?.records.sponsors;
  const active = overview?.rows.filter((row) => row.pledge.status === 'aktif').length;
  return (
    <div class="screen" data-testid="sponsors-home">
      <PageHeader title={t('sponsors.home.title')} lead={t('sponsors.home.lead')} />
      <div class="stat-grid">
        <StatTile label={t('sponsors.home.sponsors')} value={sponsors?.length} testId="stat-sponsors" />
        <StatTile label={t('sponsors.home.activePledges')} value={active} testId="stat-active-pledges" />
        <StatTile label={t('sponsors.home.overdue')} value={overview?.overdue.length} testId="stat-overdue" />
      </div>
      <p class="coverage-line" data-testid="coverage">
        <strong>{t('sponsors.home.coverage')}: {overview ? formatPercent(overview.coverage.share) : '–'}</strong>
        {overview && overview.coverage.total > 0 && <span> · {t('sponsors.matching.coverage', { covered: overview.coverage.covered, total: overview.coverage.total })}</span>}
      </p>
      <ul class="list">
        <NavCard href="/orang-tua-asuh/pencocokan" title={t('sponsors.home.matching')} lead={t('sponsors.home.matchingLead', { count: overview?.unmatched.length ?? 0 })} testId="to-matching" />
        <NavCard href="/orang-tua-asuh/rekap" title={t('sponsors.home.recap')} lead={t('sponsors.home.recapLead')} testId="to-recap" />
        <NavCard href="/ekspor" title={t('reports.exportScreen.link')} lead={t('reports.exportScreen.linkLead')} testId="to-export" />
      </ul>
      <h2 class="section-title">{t('sponsors.home.list')}</h2>
      {!overview || !sponsors ? (
        <p class="loading">{t('common.loading')}</p>
      ) : sponsors.length === 0 ? (
        <EmptyState title={t('sponsors.home.empty')} body={t('sponsors.home.emptyBody')} testId="sponsors-empty" />
      ) : (
        <ul class="list" data-testid="sponsor-list">
          {sponsors.map((sponsor) => (
            <SponsorItem key={sponsor.id} sponsor={sponsor} rows={overview.rows.filter((row) => row.pledge.sponsorId === sponsor.id)} />
          ))}
        </ul>
      )}
      <div class="floating-action">
        <IfCanWrite kind="sponsor">
          <AddLink href="/orang-tua-asuh/baru" label={t('sponsors.home.add')} testId="add-sponsor" />
        </IfCanWrite>
      </div>
    </div>
  );
}
