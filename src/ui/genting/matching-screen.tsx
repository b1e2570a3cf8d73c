// Pencocokan sasaran: the at-risk children, pregnant women and families without an active
// pledge, most urgent first, filtered by dusun; the coverage figure on top (share of at-risk
// targets with an active sponsor). Rules: src/reports/genting-targets.ts.
import { useMemo, useState } from 'preact/hooks';
import { assignablePledges } from '../../reports/genting-targets.ts';
import { PageHeader } from '../components/page-header.tsx';
import { SelectField } from '../components/select-field.tsx';
import { useT } from '../i18n/language.tsx';
import { MatchingItem } from './matching-item.tsx';
import { formatPercent } from './pledge-text.ts';
import { useGentingOverview } from './use-genting-overview.ts';
import './genting.css';

const noDusun = '-';

export function MatchingScreen() {
  const t = useT();
  const overview = useGentingOverview();
  const [dusun, setDusun] = useState('');
  const dusuns = useMemo(() => [...new Set(overview?.unmatched.map((target) => target.dusun ?? noDusun) ?? [])].sort((a, b) => a.localeCompare(b, 'id')), [overview]);
  const back = { href: '/orang-tua-asuh', label: t('sponsors.sponsor.back') };
  if (!overview) return <p class="loading">{t('common.loading')}</p>;
  const shown = overview.unmatched.filter((target) => !dusun || (target.dusun ?? noDusun) === dusun);
  const pledges = assignablePledges(overview.records.pledges);
  const sponsorNames = new Map(overview.records.sponsors.map((s) => [s.id, s.name]));
  const { coverage } = overview;
  return (
    <div class="screen" data-testid="matching">
      <PageHeader title={t('sponsors.matching.title')} back={back} lead={t('sponsors.matching.lead')} />
      <section class="card coverage-card" data-testid="matching-coverage">
        <p class="coverage-card__figure">{formatPercent(coverage.share)}</p>
        <p class="card__text">{coverage.total === 0 ? t('sponsors.matching.noTargets') : t('sponsors.matching.coverage', { covered: coverage.covered, total: coverage.total })}</p>
        <progress class="coverage-card__bar" max={Math.max(coverage.total, 1)} value={coverage.covered} aria-label={t('sponsors.home.coverage')} />
      </section>
      {overview.isGrowthPending && <p class="card__lead">{t('sponsors.matching.growthPending')}</p>}
      {dusuns.length > 1 && (
        <SelectField
          id="dusun-filter"
          label={t('sponsors.matching.dusun')}
          value={dusun}
          options={dusuns.map((value) => ({ value, label: value === noDusun ? t('sponsors.matching.noDusun') : value }))}
          onValue={setDusun}
        />
      )}
      {shown.length === 0 ? (
        <p class="card card__lead" data-testid="matching-empty">{coverage.total === 0 ? t('sponsors.matching.noTargets') : t('sponsors.matching.empty')}</p>
      ) : (
        <ul class="target-list" data-testid="target-list">
          {shown.map((target) => <MatchingItem key={`${target.kind}:${target.id}`} target={target} pledges={pledges} sponsorNames={sponsorNames} />)}
        </ul>
      )}
    </div>
  );
}
