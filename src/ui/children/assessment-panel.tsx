// The z-scores of one measurement with their Permenkes category in plain words and colour
// (green normal, yellow mild, orange moderate, red severe), "Periksa ulang pengukuran" for a
// WHO-flagged value, the oedema note, and the growth-faltering mark (N/T/2T/O/B).
import type { FalteringStatus } from '../../anthro/faltering.ts';
import { indexLabelKey } from '../../anthro/classify.ts';
import type { IndexStatus, StatusIndex } from '../../domain/child-status.ts';
import { statusIndices } from '../../domain/child-status.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { formatZ } from './format.ts';

type Props = {
  ageDays: number;
  indices: Record<StatusIndex, IndexStatus | null>;
  faltering?: FalteringStatus | null | undefined;
};

export function severityClass(reading: IndexStatus): string {
  if (reading.problem) return 'sev sev--check';
  return `sev sev--${reading.severity ?? 'normal'}`;
}

export function AssessmentPanel({ ageDays, indices, faltering }: Props) {
  const t = useT();
  const [language] = useLanguage();
  const rows = statusIndices.filter((index) => indices[index] !== null);
  return (
    <div class="assessment" data-testid="assessment">
      {rows.length === 0 && <p class="assessment__none">{t('measurements.assessment.none')}</p>}
      <ul class="assessment__list">
        {rows.map((index) => {
          const reading = indices[index] as IndexStatus;
          const words = reading.problem === 'recheck' ? t('anthro.recheck') : reading.problem === 'oedema' ? t('measurements.assessment.oedemaShort') : reading.category ? t(`anthro.categories.${reading.category}`) : '';
          return (
            <li key={index} class="assessment__row" data-index={index}>
              <span class="assessment__index">{t(indexLabelKey(index, ageDays)).split(' (')[0]}</span>
              <span class="assessment__z">{reading.z === null ? '–' : t('measurements.assessment.z', { z: formatZ(reading.z, language) })}</span>
              <span class={severityClass(reading)} data-testid={`category-${index}`}>
                {words}
              </span>
            </li>
          );
        })}
      </ul>
      {faltering && (
        <p class={faltering === 'T' || faltering === '2T' ? 'faltering faltering--bad' : 'faltering'} data-testid="faltering">
          <span class="faltering__mark">{faltering}</span>
          <span>{t(`anthro.faltering.${faltering}`)}</span>
        </p>
      )}
    </div>
  );
}
