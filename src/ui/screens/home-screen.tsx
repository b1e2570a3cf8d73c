// Beranda: a welcome, the figures on this device (households, dusun, unsynced
// changes) and the first actions a cadre takes, with the visits due.
import { IfCanWrite } from '../account/if-can-write.tsx';
import { useHouseholds } from '../data/households.ts';
import { useSyncStatus } from '../hooks/use-sync-status.ts';
import { useT } from '../i18n/language.tsx';
import { StatTile } from '../components/stat-tile.tsx';
import { DeviceCard } from './device-card.tsx';
import { GentingHomeSection } from '../genting/genting-home-section.tsx';
import { VisitsDueLink } from '../visits/visits-due-link.tsx';

export function HomeScreen() {
  const t = useT();
  const households = useHouseholds();
  const sync = useSyncStatus();
  const live = households?.filter((household) => !household.deleted);
  const dusuns = live ? new Set(live.map((household) => household.dusun?.toLocaleLowerCase('id')).filter(Boolean)).size : undefined;
  return (
    <div class="screen" data-testid="home">
      <section class="hero">
        <p class="hero__kicker">{t('common.appTagline')}</p>
        <h1 class="hero__title">{t('home.greeting')}</h1>
        <p class="hero__lead">{t('home.lead')}</p>
      </section>
      <h2 class="section-title">{t('home.overview')}</h2>
      <div class="stat-grid">
        <StatTile label={t('home.households')} value={live?.length} href="/keluarga" testId="stat-households" />
        <StatTile label={t('home.dusuns')} value={dusuns} />
        <StatTile label={t('home.unsynced')} value={sync.pendingCount ?? undefined} />
      </div>
      <h2 class="section-title">{t('home.quickActions')}</h2>
      <div class="action-list">
        <IfCanWrite kind="household">
          <a class="button button--primary button--wide button--large" href="/keluarga/baru">
            {t('home.addHousehold')}
          </a>
        </IfCanWrite>
        <a class="button button--secondary button--wide button--large" href="/keluarga">
          {t('home.openHouseholds')}
        </a>
        <VisitsDueLink />
      </div>
      <GentingHomeSection />
      <DeviceCard />
    </div>
  );
}
