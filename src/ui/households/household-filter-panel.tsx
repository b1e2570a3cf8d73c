// The household list's filters: dusun and RT/RW pickers and on/off chips (at risk,
// pregnant woman, child under 2 / under 5, not visited for 30 days). Chips are buttons
// with aria-pressed, at least 44 px tall.
import { SelectField } from '../components/select-field.tsx';
import { useT } from '../i18n/language.tsx';
import type { HouseholdFilters } from './household-index.ts';

type Flag = 'atRisk' | 'pregnant' | 'under2' | 'under5' | 'notVisited';
const flags: readonly Flag[] = ['atRisk', 'pregnant', 'under2', 'under5', 'notVisited'];

type Props = {
  filters: HouseholdFilters;
  choices: { dusuns: string[]; places: string[] };
  onChange: (filters: HouseholdFilters) => void;
};

export function HouseholdFilterPanel({ filters, choices, onChange }: Props) {
  const t = useT();
  const placeLabel = (place: string) => {
    const [rw = '', rt = ''] = place.split('/');
    return t('households.filters.placeValue', { rw: rw || '–', rt: rt || '–' });
  };
  return (
    <div class="filter-panel" data-testid="filter-panel">
      <div class="field-row">
        <SelectField
          id="filter-dusun"
          label={t('households.filters.dusun')}
          value={filters.dusun}
          options={choices.dusuns.map((dusun) => ({ value: dusun, label: dusun }))}
          onValue={(dusun) => onChange({ ...filters, dusun, place: '' })}
          emptyLabel={t('households.filters.allDusun')}
        />
        <SelectField
          id="filter-place"
          label={t('households.filters.place')}
          value={filters.place}
          options={choices.places.map((place) => ({ value: place, label: placeLabel(place) }))}
          onValue={(place) => onChange({ ...filters, place })}
          emptyLabel={t('households.filters.allPlaces')}
        />
      </div>
      <div class="chip-toggles">
        {flags.map((flag) => (
          <button
            key={flag}
            type="button"
            class="chip-toggle"
            aria-pressed={filters[flag]}
            onClick={() => onChange({ ...filters, [flag]: !filters[flag] })}
          >
            {t(`households.filters.${flag}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
