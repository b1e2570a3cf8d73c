// Bottom navigation for a 360 px phone: five tabs, each at least 48 px tall, the current
// one marked with aria-current="page" (matched by path prefix so /keluarga/baru keeps
// "Keluarga" selected). The tabs and their order follow the signed-in role (home-role.ts).
import { useLocation } from 'preact-iso';
import { useSession } from '../data/session.ts';
import { useT } from '../i18n/language.tsx';
import { homeRoleOf, tabsFor } from './home-role.ts';
import { NavIcon } from './nav-icon.tsx';

export function isTabCurrent(tabHref: string, path: string): boolean {
  if (tabHref === '/') return path === '/';
  return path === tabHref || path.startsWith(`${tabHref}/`);
}

export function BottomNav() {
  const t = useT();
  const { path } = useLocation();
  const tabs = tabsFor(homeRoleOf(useSession()));
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
