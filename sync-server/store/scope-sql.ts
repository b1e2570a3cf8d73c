// A caller's scope as a SQL condition on village_code, for each dialect. Values are always
// bound parameters. SQLite: a prefix is a range [p, p + ':') (':' sorts right after '9' in the
// binary collation), which can use the village_code indexes. PostgreSQL: LIKE ANY, which does
// not depend on the database's collation.
import type { Scope } from '../auth/scope.ts';

export type SqlCondition = { sql: string; params: unknown[] };

export function scopeConditionSqlite(scope: Scope, column = 'village_code'): SqlCondition {
  if (scope === 'all') return { sql: '1 = 1', params: [] };
  if ('villages' in scope) {
    if (scope.villages.length === 0) return { sql: '1 = 0', params: [] };
    return { sql: `${column} IN (${scope.villages.map(() => '?').join(', ')})`, params: [...scope.villages] };
  }
  if (scope.prefixes.length === 0) return { sql: '1 = 0', params: [] };
  return {
    sql: `(${scope.prefixes.map(() => `(${column} >= ? AND ${column} < ?)`).join(' OR ')})`,
    params: scope.prefixes.flatMap((p) => [p, `${p}:`]),
  };
}

/** `nextIndex` is the number of the first $n placeholder this condition may use. */
export function scopeConditionPostgres(scope: Scope, nextIndex: number, column = 'village_code'): SqlCondition {
  if (scope === 'all') return { sql: 'TRUE', params: [] };
  if ('villages' in scope) return { sql: `${column} = ANY($${nextIndex}::text[])`, params: [scope.villages] };
  return { sql: `${column} LIKE ANY($${nextIndex}::text[])`, params: [scope.prefixes.map((p) => `${p}%`)] };
}
