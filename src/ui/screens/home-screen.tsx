// Beranda, led by the signed-in role's daily work (shell/home-role.ts, issue #14):
//   tpk          the figures on this device, "Tambah keluarga", the family list, the visits
//                due and the children at risk;
//   genre        "Catat penyuluhan", this month's sessions and audience, the whole log;
//   koordinator  GENTING first (overdue pledges, RTL due, the month), then matching, the
//                Pokja, the families and the visits due that her TPK owe (a viewer sees the
//                same without the add actions);
//   all          a phone nobody signed in to yet: everything.
// The sync state of the device ends every home.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { IfCanWrite } from '../account/if-can-write.tsx';
import { useHouseholds } from '../data/households.ts';
import { useSession } from '../data/session.ts';
import { useSyncStatus } from '../hooks/use-sync-status.ts';
import { useT } from '../i18n/language.tsx';
import { StatTile } from '../components/stat-tile.tsx';
import { homeRoleOf } from '../shell/home-role.ts';
import type { HomeRole } from '../shell/home-role.ts';
import { DeviceCard } from './device-card.tsx';
import { GentingHomeSection } from '../genting/genting-home-section.tsx';
import { VisitsDueLink } from '../visits/visits-due-link.tsx';

function Figures() {
  const t = useT();
  const households = useHouseholds();
  const sync = useSyncStatus();
  const live = households?.filter((household) => !household.deleted);
  const dusuns = live ? new Set(live.map((household) => household.dusun?.toLocaleLowerCase('id')).filter(Boolean)).size : undefined;
  return (
    <>
      <h2 class="section-title">{t('home.overview')}</h2>
      <div class="stat-grid">
        <StatTile label={t('home.households')} value={live?.length} href="/keluarga" testId="stat-households" />
        <StatTile label={t('home.dusuns')} value={dusuns} />
        <StatTile label={t('home.unsynced')} value={sync.pendingCount ?? undefined} />
      </div>
    </>
  );
}

function FieldActions({ withChildren }: { withChildren: boolean }) {
  const t = useT();
  return (
    <>
      <h2 class="section-title">{t('home.quickActions')}</h2>
      <div class="action-list" data-testid="home-field-actions">
        <IfCanWrite kind="household">
          <a class="button button--primary button--wide button--large" href="/keluarga/baru">
            {t('home.addHousehold')}
          </a>
        </IfCanWrite>
        <a class="button button--secondary button--wide button--large" href="/keluarga">
          {t('home.openHouseholds')}
        </a>
        <VisitsDueLink />
        {withChildren && (
          <a class="button button--secondary button--wide button--large" href="/anak" data-testid="home-children">
            {t('home.openChildren')}
          </a>
        )}
      </div>
    </>
  );
}

function CoordinatorActions() {
  const t = useT();
  return (
    <div class="action-list" data-testid="home-coordinator-actions">
      <a class="button button--secondary button--wide button--large" href="/orang-tua-asuh/pencocokan" data-testid="home-matching">
        {t('home.openMatching')}
      </a>
      <a class="button button--secondary button--wide button--large" href="/pokja" data-testid="home-pokja">
        {t('home.openPokja')}
      </a>
      <a class="button button--secondary button--wide button--large" href="/keluarga">
        {t('home.openHouseholds')}
      </a>
      <VisitsDueLink />
    </div>
  );
}

/** The GenRe section, loaded after Beranda (offline before it was cached: a link to the log instead). */
function LazyGenreSection() {
  const t = useT();
  const [Section, setSection] = useState<ComponentType | null | 'failed'>(null);
  useEffect(() => {
    let cancelled = false;
    import('../outreach/genre-home-section.tsx').then(
      (module) => !cancelled && setSection(() => module.GenreHomeSection),
      () => !cancelled && setSection('failed'),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  if (Section === 'failed') {
    return (
      <a class="button button--primary button--wide button--large" href="/genre">
        {t('home.openOutreach')}
      </a>
    );
  }
  return Section ? <Section /> : null;
}

function Hero({ role }: { role: HomeRole }) {
  const t = useT();
  const lead = role === 'genre' ? t('home.leadGenre') : role === 'koordinator' ? t('home.leadKoordinator') : t('home.lead');
  return (
    <section class="hero">
      <p class="hero__kicker">{t('common.appTagline')}</p>
      <h1 class="hero__title">{t('home.greeting')}</h1>
      <p class="hero__lead">{lead}</p>
    </section>
  );
}

export function HomeScreen() {
  const role = homeRoleOf(useSession());
  return (
    <div class="screen" data-testid="home" data-home-role={role}>
      <Hero role={role} />
      {role === 'genre' && <LazyGenreSection />}
      {role === 'koordinator' && (
        <>
          <GentingHomeSection />
          <CoordinatorActions />
          <Figures />
        </>
      )}
      {(role === 'tpk' || role === 'all') && (
        <>
          <Figures />
          <FieldActions withChildren={role === 'tpk'} />
          {role === 'all' && <GentingHomeSection />}
        </>
      )}
      <DeviceCard />
    </div>
  );
}
