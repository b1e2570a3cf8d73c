import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../../src/db/session.ts';
import { homeRoleOf, tabsFor } from '../../../src/ui/shell/home-role.ts';

const user = (role: 'kader' | 'koordinator' | 'admin' | 'viewer', kaderKind: 'tpk' | 'genre' | 'poktan' | null = null): SessionView => ({
  state: 'active',
  user: { id: 'u1', username: 'u', displayName: 'U', role, kaderKind, scope: ['3374122003'] } as never,
});

describe('a home for each role', () => {
  it('reads the role from the account', () => {
    expect(homeRoleOf({ state: 'none' })).toBe('all');
    expect(homeRoleOf({ state: 'loading' })).toBe('all');
    expect(homeRoleOf(user('kader', 'tpk'))).toBe('tpk');
    expect(homeRoleOf(user('kader', 'poktan'))).toBe('tpk');
    expect(homeRoleOf(user('kader', 'genre'))).toBe('genre');
    expect(homeRoleOf(user('koordinator'))).toBe('koordinator');
    expect(homeRoleOf(user('admin'))).toBe('koordinator');
    expect(homeRoleOf(user('viewer'))).toBe('koordinator');
  });

  it("puts the role's daily work first in the bottom bar, five tabs each", () => {
    expect(tabsFor('genre').map((tab) => tab.href)).toEqual(['/', '/genre', '/keluarga', '/anak', '/pokja']);
    expect(tabsFor('koordinator').map((tab) => tab.href)).toEqual(['/', '/orang-tua-asuh', '/pokja', '/keluarga', '/anak']);
    expect(tabsFor('tpk').map((tab) => tab.href)).toEqual(['/', '/keluarga', '/anak', '/orang-tua-asuh', '/pokja']);
  });
});
