// Bottom navigation for a 360 px phone: five tabs, each at least 48 px tall, the current
// one marked with aria-current="page" (matched by path prefix so /keluarga/baru keeps
// "Keluarga" selected).
import { useLocation } from 'preact-iso';
import type { MessageKey } from '../../i18n/index.ts';
import { useT } from '../i18n/language.tsx';
import { NavIcon } from './nav-icon.tsx';
import type { NavIconName } from './nav-icon.tsx';

type Tab = { href: string; icon: NavIconName; label: MessageKey };

export const tabs: readonly Tab[] = [
  { href: '/', icon: 'home', label: 'app.nav.home' },
  { href: '/keluarga', icon: 'households', label: 'app.nav.households' },
  { href: '/anak', icon: 'children', label: 'app.nav.children' },
  { href: '/orang-tua-asuh', icon: 'sponsors', label: 'app.nav.sponsors' },
  { href: '/pokja', icon: 'pokja', label: 'app.nav.pokja' },
];

export function isTabCurrent(tabHref: string, path: string): boolean {
  if (tabHref === '/') return path === '/';
  return path === tabHref || path.startsWith(`${tabHref}/`);
}

export function BottomNav() {
  const t = useT();
  const { path } = useLocation();
  return (
    <nav class="bottom-nav" aria-label={t('app.nav.label')}>
      <ul>
        {tabs.map((tab) => {
          const isCurrent = isTabCurrent(tab.href, path);
          return (
            <li key={tab.href}>
              <a href={tab.href} class="bottom-nav__tab" aria-current={isCurrent ? 'page' : undefined}>
                <NavIcon name={tab.icon} />
                <span class="bottom-nav__label">{t(tab.label)}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
