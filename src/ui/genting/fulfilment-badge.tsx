// A pledge's fulfilment in one short line: "2 dari 3 penyaluran · Terlambat 1 kali" in red
// when an active pledge is behind schedule, else "Sesuai jadwal" or the pledge's status.
import type { Fulfilment } from '../../domain/pledge-fulfilment.ts';
import type { PledgeStatus } from '../../domain/pledge.ts';
import { useT } from '../i18n/language.tsx';

export function FulfilmentBadge({ fulfilment, status }: { fulfilment: Fulfilment; status: PledgeStatus }) {
  const t = useT();
  const counts = t('sponsors.pledge.deliveredOfDue', { delivered: fulfilment.delivered, due: fulfilment.due });
  const state = fulfilment.overdue
    ? t('sponsors.pledge.behind', { count: fulfilment.behind })
    : status === 'aktif'
      ? t('sponsors.pledge.onTrack')
      : t(`enums.pledgeStatus.${status}`);
  return (
    <span class={fulfilment.overdue ? 'fulfilment fulfilment--overdue' : 'fulfilment'} data-testid="fulfilment">
      {counts} · <strong>{state}</strong>
    </span>
  );
}
