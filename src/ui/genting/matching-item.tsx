// One at-risk target of the matching list: who, why (the family's reasons, the child's
// growth), how urgent; then in one step either assign a pledge that has no beneficiary yet,
// or open a new pledge with this target already filled in (both only for a role that writes
// pledges: a kader or a viewer sees the list read-only, issue #5).
import { useCanWrite } from '../data/session.ts';
import { useState } from 'preact/hooks';
import type { Pledge } from '../../domain/pledge.ts';
import type { AtRiskTarget } from '../../reports/genting-targets.ts';
import { assignPledge } from '../data/genting.ts';
import type { Translate } from '../i18n/language.tsx';
import { useT } from '../i18n/language.tsx';
import { beneficiaryValue } from './genting-drafts.ts';
import { pledgeSummary } from './pledge-text.ts';

function describe(t: Translate, target: AtRiskTarget): string {
  if (target.kind === 'keluarga') return t('enums.beneficiaryKind.keluarga');
  if (target.kind === 'ibu-hamil') {
    return target.gestationalWeeks === null ? t('sponsors.matching.pregnantNoWeeks', { name: target.headName }) : t('sponsors.matching.pregnant', { weeks: target.gestationalWeeks, name: target.headName });
  }
  return t('sponsors.matching.childOf', { months: target.ageMonths ?? 0, name: target.headName });
}

/** The badge: the words of what sets the target's urgency (the child's category, a pregnancy, the family's factors). */
export function levelText(t: Translate, target: AtRiskTarget): string {
  if (target.growthFlag) return t(`children.flags.${target.growthFlag}`);
  return t(target.level === 'ibu-hamil' ? 'sponsors.matching.level.pregnant' : 'sponsors.matching.level.family');
}

type Props = { target: AtRiskTarget; pledges: Pledge[]; sponsorNames: Map<string, string> };

export function MatchingItem({ target, pledges, sponsorNames }: Props) {
  const t = useT();
  const [choice, setChoice] = useState('');
  const [isSaving, setSaving] = useState(false);
  const canPledge = useCanWrite('pledge');
  const selectId = `assign-${target.id}`;
  const assign = async () => {
    if (!choice) return;
    setSaving(true);
    await assignPledge(choice, { kind: target.kind, id: target.id });
    setSaving(false);
  };
  const title = target.kind === 'keluarga' ? t('sponsors.matching.family', { name: target.name }) : target.name;
  return (
    <li class={`card target-item target-item--${target.urgency}`} data-testid="target-item">
      <div class="target-item__head">
        <h3 class="target-item__name">{title}</h3>
        <span class={`urgency urgency--${target.urgency}`} data-testid="target-level">{levelText(t, target)}</span>
      </div>
      <p class="target-item__who">{[describe(t, target), target.dusun].filter(Boolean).join(' · ')}</p>
      {target.reasons.length > 0 && (
        <ul class="target-item__reasons">
          {target.reasons.map((reason) => <li key={reason}>{t(`enums.riskFactor.${reason}`)}</li>)}
        </ul>
      )}
      {canPledge && pledges.length > 0 && (
        <div class="assign-row">
          <label class="field__label" for={selectId}>{t('sponsors.matching.assignLabel')}</label>
          <div class="assign-row__controls">
            <select id={selectId} class="input input--select" value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
              <option value="">{t('app.form.choose')}</option>
              {pledges.map((pledge) => (
                <option key={pledge.id} value={pledge.id}>{`${sponsorNames.get(pledge.sponsorId) ?? ''} · ${pledgeSummary(t, pledge)}`}</option>
              ))}
            </select>
            <button type="button" class="button button--primary" disabled={!choice || isSaving} onClick={() => void assign()}>
              {t('sponsors.matching.assign')}
            </button>
          </div>
        </div>
      )}
      {canPledge && (
        <a class="button button--secondary button--wide" href={`/orang-tua-asuh/komitmen/baru?untuk=${encodeURIComponent(beneficiaryValue(target.kind, target.id))}`} data-testid="new-pledge-for-target">
          {t('sponsors.matching.newPledge')}
        </a>
      )}
    </li>
  );
}
