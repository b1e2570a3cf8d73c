// A person's target status as badges: "Ibu hamil · 12 minggu", "Baduta (0–23 bulan)",
// "Ibu pasca persalinan · hari ke-5" ... (src/domain/target-status.ts). PUS is shown muted:
// it makes the risk rule apply but is not a TPK visit target on its own.
import type { TargetStatus } from '../../domain/target-status.ts';
import { useT } from '../i18n/language.tsx';

export function TargetBadges({ status }: { status: TargetStatus }) {
  const t = useT();
  if (status.targets.length === 0) return null;
  return (
    <span class="target-badges">
      {status.targets.map((target) => {
        let text = t(`enums.targetKind.${target}`);
        if (target === 'ibu-hamil' && status.pregnancy?.gestationalWeeks != null) {
          text = `${text} · ${t('members.list.pregnancyWeek', { weeks: status.pregnancy.gestationalWeeks })}`;
        }
        if (target === 'pasca-persalinan' && status.postPartumDay !== null) {
          text = `${text} · ${t('members.list.postPartumDay', { day: status.postPartumDay })}`;
        }
        return (
          <span key={target} class={`target-badge target-badge--${target}`}>
            {text}
          </span>
        );
      })}
    </span>
  );
}
