// Server configuration from the environment, validated once at start-up.
// Invariants: every value has a safe default for a village-office laptop (SQLite under ./data,
// port 8080); a bad value stops the server with a message naming the variable, never a crash
// deep inside. Documented in docs/operations.md ("Environment variables").
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseScopeList, type Scope } from './auth/scope.ts';

export type ServerConfig = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  tls: { certFile: string; keyFile: string } | null;
  staticRoot: string;
  /** The development token, or null (the default: off). Tests and local development only. */
  devToken: string | null;
  devScope: Scope;
  maxClockAheadMs: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
};

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = z.preprocess(emptyToUndefined, z.string().optional());

const envSchema = z.object({
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(8080)),
  HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql:// (leave it unset for SQLite)')
      .optional(),
  ),
  TLS_CERT_FILE: optionalText,
  TLS_KEY_FILE: optionalText,
  STATIC_DIR: z.preprocess(emptyToUndefined, z.string().default('./dist')),
  GENTING_DEV_TOKEN: z.preprocess(emptyToUndefined, z.string().min(8, 'must be at least 8 characters').optional()),
  GENTING_DEV_SCOPE: z.preprocess(emptyToUndefined, z.string().default('all')),
  MAX_CLOCK_AHEAD_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).default(3_600_000)),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
});

export type ConfigResult = { ok: true; value: ServerConfig } | { ok: false; errors: string[] };

/** Reads the configuration from an environment map (process.env in main.ts, a literal in tests). */
export function readConfig(env: Record<string, string | undefined>, cwd = process.cwd()): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const e = parsed.data;
  const errors: string[] = [];
  if (Boolean(e.TLS_CERT_FILE) !== Boolean(e.TLS_KEY_FILE)) {
    errors.push('TLS_CERT_FILE and TLS_KEY_FILE: set both (HTTPS) or neither (HTTP)');
  }
  const scope = parseScopeList(e.GENTING_DEV_SCOPE);
  if (!scope.ok) errors.push(`GENTING_DEV_SCOPE: ${scope.reason}`);
  if (errors.length > 0 || !scope.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      port: e.PORT,
      host: e.HOST,
      dataDir: resolve(cwd, e.DATA_DIR),
      databaseUrl: e.DATABASE_URL ?? null,
      tls: e.TLS_CERT_FILE && e.TLS_KEY_FILE ? { certFile: resolve(cwd, e.TLS_CERT_FILE), keyFile: resolve(cwd, e.TLS_KEY_FILE) } : null,
      staticRoot: resolve(cwd, e.STATIC_DIR),
      devToken: e.GENTING_DEV_TOKEN ?? null,
      devScope: scope.value,
      maxClockAheadMs: e.MAX_CLOCK_AHEAD_MS,
      logLevel: e.LOG_LEVEL,
    },
  };
}
