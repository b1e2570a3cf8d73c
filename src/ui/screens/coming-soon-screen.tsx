// The honest placeholder of a section another issue fills (Anak, Orang Tua Asuh,
// Pokja): what the section will hold, and a way back to work that exists today.
import type { MessageKey } from '../../i18n/translate.ts';
import { PageHeader } from '../components/page-header.tsx';
import { NavIcon } from '../shell/nav-icon.tsx';
import type { NavIconName } from '../shell/nav-icon.tsx';
import { useT } from '../i18n/language.tsx';

type Section = 'children' | 'sponsors' | 'pokja';

const titles: Record<Section, { title: MessageKey; lead: MessageKey }> = {
  children: { title: 'app.soon.children.title', lead: 'app.soon.children.lead' },
  sponsors: { title: 'app.soon.sponsors.title', lead: 'app.soon.sponsors.lead' },
  pokja: { title: 'app.soon.pokja.title', lead: 'app.soon.pokja.lead' },
};

export function ComingSoonScreen({ section }: { section: Section }) {
  const t = useT();
  const text = titles[section];
  const icon: NavIconName = section;
  return (
    <div class="screen" data-testid={`soon-${section}`}>
      <PageHeader title={t(text.title)} />
      <section class="soon">
        <span class="soon__icon">
          <NavIcon name={icon} />
        </span>
        <span class="badge">{t('app.soon.badge')}</span>
        <p class="soon__lead">{t(text.lead)}</p>
        <p class="soon__body">{t('app.soon.body')}</p>
        <a class="button button--secondary button--wide" href="/keluarga">
          {t('app.soon.toHouseholds')}
        </a>
      </section>
    </div>
  );
}
