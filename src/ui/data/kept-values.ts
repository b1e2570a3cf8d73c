// Values of live queries kept in memory after their screen closed, each with the count of
// database writes it was read at (src/db/data-version.ts). A kept value is handed out only
// while that count still stands: then it is exactly what reading the database again gives.
type Kept = { value: unknown; version: number };

export function createKeptValues() {
  const kept = new Map<string, Kept>();
  return {
    /** Remembers `value` of `key`, read when the write count stood at `version`. */
    keep(key: string, value: unknown, version: number): void {
      kept.set(key, { value, version });
    },
    /** The kept value of `key` when no write happened since it was read (now at `version`). */
    current<T>(key: string | undefined, version: number): { value: T; version: number } | undefined {
      const entry = key === undefined ? undefined : kept.get(key);
      return entry && entry.version === version ? { value: entry.value as T, version } : undefined;
    },
  };
}
