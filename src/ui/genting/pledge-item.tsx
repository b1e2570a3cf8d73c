// One pledge in a list: what and how often, for whom, and its fulfilment (overdue in red).
import type { PledgeRow } from '../../reports/pledge-overview.ts';
import { useT } from '../i18n/language.tsx';
import { FulfilmentBadge } from './fulfilment-badge.tsx';
import { pledgeSummary } from './pledge-text.ts';
import type { BeneficiaryLabel } from './pledge-text.ts';

type Props = { row: PledgeRow; beneficiary: BeneficiaryLabel | null; showSponsor?: boolean };

export function PledgeItem({ row, beneficiary, showSponsor }: Props) {
  const t = useT();
  const { pledge, fulfilment } = row;
  const who = beneficiary ? `${beneficiary.kindLabel}: ${beneficiary.name}` : t('sponsors.pledge.notAssigned');
  return (
    <li class={fulfilment.overdue ? 'list-item pledge-item pledge-item--overdue' : 'list-item pledge-item'} data-testid="pledge-item">
      <a class="list-item__link" href={`/orang-tua-asuh/komitmen/${pledge.id}`}>
        <span class="list-item__body">
          <span class="list-item__title">{showSponsor && row.sponsorName ? row.sponsorName : t(`enums.supportType.${pledge.supportType}`)}</span>
          <span class="list-item__sub">{showSponsor ? pledgeSummary(t, pledge) : who}</span>
          {showSponsor && <span class="list-item__sub">{who}</span>}
          <span class="list-item__meta">
            <FulfilmentBadge fulfilment={fulfilment} status={pledge.status} />
          </span>
        </span>
      </a>
    </li>
  );
}
