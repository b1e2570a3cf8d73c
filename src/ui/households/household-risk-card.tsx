// "Risiko stunting": the derived label (keluarga berisiko stunting or not) with its reasons,
// the context worth attention, the data still to ask, and the factor table (value + status).
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { familyRisk } from '../../domain/family-risk.ts';
import type { Household } from '../../domain/household.ts';
import type { Person } from '../../domain/person.ts';
import { useT } from '../i18n/language.tsx';
import type { Translate } from '../i18n/language.tsx';
import type { GrowthReason } from '../children/use-household-growth.ts';
import { factorValueText, missingData, riskFactorRows } from './risk-factors.ts';
import type { MissingItem } from './risk-factors.ts';

function missingText(t: Translate, item: MissingItem): string {
  if (item.kind === 'fact') return t(`enums.missingFact.${item.fact}`);
  if (item.kind === 'memberBirthDate') return t('households.risk.memberBirthDate', { name: item.name });
  if (item.kind === 'memberLmp') return t('households.risk.memberLmp', { name: item.name });
  return t(`households.risk.${item.kind}`);
}

/** `growth`: the children whose latest status is below -2 SD (or oedema): the first reasons. */
type Props = { household: Household; members: readonly Person[]; today: CalendarDate; growth: readonly GrowthReason[] };

export function HouseholdRiskCard({ household, members, today, growth }: Props) {
  const t = useT();
  const family = familyRisk(household, members, today);
  // A child under five is a target (in family.targets), so a child stunted, wasted or
  // underweight puts the family at risk on her own.
  const risk = growth.length > 0 ? { ...family, atRisk: true } : family;
  const rows = riskFactorRows(household, members, risk, today);
  const missing = missingData(household, members, risk, today);
  const summary = risk.targets.length === 0 ? t('households.risk.noTargets') : risk.atRisk ? null : t('households.risk.noFactors');
  return (
    <section class={risk.atRisk ? 'card risk-card risk-card--at-risk' : 'card risk-card'} data-testid="risk-card" aria-labelledby="risk-title">
      <h2 class="card__title" id="risk-title">{t('households.risk.title')}</h2>
      <p class="risk-card__label" data-testid="risk-label">
        {t(risk.atRisk ? 'households.risk.atRisk' : 'households.risk.notAtRisk')}
      </p>
      {risk.targets.length > 0 && (
        <p class="card__text">{t('households.risk.targets', { targets: risk.targets.map((target) => t(`enums.targetKind.${target}`)).join(', ') })}</p>
      )}
      {summary && <p class="card__text">{summary}</p>}
      {(risk.reasons.length > 0 || growth.length > 0) && (
        <>
          <h3 class="risk-card__heading">{t('households.risk.reasons')}</h3>
          <ul class="risk-list risk-list--reasons" data-testid="risk-reasons">
            {growth.map((child) => (
              <li key={child.personId} data-testid="risk-growth-reason">{t('households.risk.childGrowth', { name: child.name, status: t(`children.flags.${child.flag}`) })}</li>
            ))}
            {risk.reasons.map((reason) => <li key={reason}>{t(`enums.riskFactor.${reason}`)}</li>)}
          </ul>
        </>
      )}
      {risk.context.length > 0 && (
        <>
          <h3 class="risk-card__heading">{t('households.risk.context')}</h3>
          <ul class="risk-list">{risk.context.map((factor) => <li key={factor}>{t(`enums.contextFactor.${factor}`)}</li>)}</ul>
        </>
      )}
      {missing.length > 0 && (
        <>
          <h3 class="risk-card__heading">{t('households.risk.missing')}</h3>
          <ul class="risk-list risk-list--missing" data-testid="risk-missing">
            {missing.map((item, index) => <li key={index}>{missingText(t, item)}</li>)}
          </ul>
        </>
      )}
      <h3 class="risk-card__heading">{t('households.risk.factors')}</h3>
      <dl class="factor-table">
        {rows.map((row) => (
          <div class="factor-table__row" key={row.factor}>
            <dt>{t(`households.risk.factor.${row.factor}`)}</dt>
            <dd>
              <span>{factorValueText(t, row.value)}</span>
              {row.status !== 'none' && row.status !== 'unknown' && (
                <span class={`factor-status factor-status--${row.status}`}>{t(`households.risk.status.${row.status}`)}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
