// A child's flags as coloured badges, most urgent first ("Sangat pendek", "Tidak naik 2T",
// "Belum diukur 60 hari").
import type { ChildFlag } from '../../domain/child-status.ts';
import { useT } from '../i18n/language.tsx';

const severe = new Set<ChildFlag>(['oedema', 'severely-wasted', 'severely-stunted', 'severely-underweight', 'faltering-2t']);

export function flagClass(flag: ChildFlag): string {
  if (severe.has(flag)) return 'sev sev--severe';
  if (flag === 'not-measured' || flag === 'recheck') return 'sev sev--check';
  return 'sev sev--moderate';
}

export function StatusBadges({ flags }: { flags: readonly ChildFlag[] }) {
  const t = useT();
  if (flags.length === 0) return <span class="sev sev--normal">{t('children.flags.none')}</span>;
  return (
    <span class="status-badges">
      {flags.map((flag) => (
        <span key={flag} class={flagClass(flag)} data-flag={flag}>
          {t(`children.flags.${flag}`)}
        </span>
      ))}
    </span>
  );
}
