// Whose day a phone serves (issue #14 "a home for each role"): Beranda and the bottom bar lead
// with that role's daily work. From the signed-in account: a TPK or poktan kader the field
// (households, visits due, children), a Duta GenRe her outreach sessions, a koordinator or
// admin GENTING, the Pokja and the village's sync, a viewer the same as a koordinator without
// the actions. A phone nobody signed in to yet shows everything.
import type { SessionView } from '../../db/session.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import type { NavIconName } from './nav-icon.tsx';

export type HomeRole = 'all' | 'tpk' | 'genre' | 'koordinator';

export function homeRoleOf(session: SessionView): HomeRole {
  if (session.state !== 'active' && session.state !== 'expired') return 'all';
  const { role, kaderKind } = session.user;
  if (role === 'kader') return kaderKind === 'genre' ? 'genre' : 'tpk';
  return 'koordinator';
}

export type Tab = { href: string; icon: NavIconName; label: MessageKey };

const home: Tab = { href: '/', icon: 'home', label: 'app.nav.home' };
const households: Tab = { href: '/keluarga', icon: 'households', label: 'app.nav.households' };
const children: Tab = { href: '/anak', icon: 'children', label: 'app.nav.children' };
const sponsors: Tab = { href: '/orang-tua-asuh', icon: 'sponsors', label: 'app.nav.sponsors' };
const pokja: Tab = { href: '/pokja', icon: 'pokja', label: 'app.nav.pokja' };
const genre: Tab = { href: '/genre', icon: 'genre', label: 'app.nav.genre' };

/** Five tabs, the role's daily work first. */
export function tabsFor(role: HomeRole): readonly Tab[] {
  switch (role) {
    case 'genre':
      return [home, genre, households, children, pokja];
    case 'koordinator':
      return [home, sponsors, pokja, households, children];
    case 'tpk':
    case 'all':
      return [home, households, children, sponsors, pokja];
  }
}
