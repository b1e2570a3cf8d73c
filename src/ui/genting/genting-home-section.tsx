// Beranda's GENTING section: the deliveries due today or earlier (a tap lists them), the overdue pledges, the Pokja's follow-up actions due (RTL
// jatuh tempo) and the month against last month (the last two loaded lazily: they bring the
// growth code and the Pokja's data hooks).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DeliveriesDueLink } from './deliveries-due.tsx';
import { OverduePledgesCard } from './overdue-pledges-card.tsx';

export function GentingHomeSection() {
  const [MonthCard, setMonthCard] = useState<ComponentType | null>(null);
  const [ActionsDue, setActionsDue] = useState<ComponentType | null>(null);
  useEffect(() => {
    let cancelled = false;
    // Offline before a chunk was cached: Beranda simply goes without it.
    import('./genting-month-card.tsx').then((module) => !cancelled && setMonthCard(() => module.GentingMonthCard), () => undefined);
    import('../pokja/actions-due-link.tsx').then((module) => !cancelled && setActionsDue(() => module.ActionsDueLink), () => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  return (
    <>
      <DeliveriesDueLink />
      <OverduePledgesCard />
      {ActionsDue && <ActionsDue />}
      {MonthCard && <MonthCard />}
    </>
  );
}
