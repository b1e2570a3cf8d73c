// The account API (issue #5; docs/security.md): sign-in, first-admin setup, users, devices and
// a record's history. zod schemas of every request and answer, shared as source by the app
// (src/db/session.ts) and the server (sync-server/routes/auth.ts, users.ts, history.ts).
// Error answers use the one error shape of protocol.ts; a throttled sign-in adds
// `retryAfterSeconds` (and the Retry-After header).
import { z } from 'zod';
import { kaderKinds, roles } from './roles.ts';
import { isStorableText } from './storable-text.ts';

export const accountPaths = {
  signIn: '/api/auth/sign-in',
  signOut: '/api/auth/sign-out',
  me: '/api/auth/me',
  setup: '/api/setup',
  users: '/api/users',
  devices: '/api/devices',
} as const;

/** GET /api/records/<kind>/<id>/history */
export function historyPath(kind: string, id: string): string {
  return `/api/records/${encodeURIComponent(kind)}/${encodeURIComponent(id)}/history`;
}

export const minPasswordLength = 10;
export const maxPasswordLength = 200;

export const accountErrorCodes = [
  'invalid-credentials',
  'too-many-attempts',
  'setup-not-available',
  'invalid-setup-code',
  'username-taken',
  'forbidden',
  'not-found',
] as const;
export type AccountErrorCode = (typeof accountErrorCodes)[number];

/** A string every store keeps as sent (no U+0000, no lone surrogate: storable-text.ts). */
export const storableString = () => z.string().refine(isStorableText, { error: 'text' });

export const usernameSchema = storableString()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, { error: 'username' });
export const passwordSchema = storableString().min(minPasswordLength, { error: 'password-too-short' }).max(maxPasswordLength);
export const displayNameSchema = storableString().trim().min(1).max(80);
export const deviceNameSchema = storableString().trim().min(1).max(80);

/** 'all', 10-digit village codes, or 2/4/6-digit province/kabupaten/kecamatan prefixes. */
export const scopeSchema = z.union([
  z.literal('all'),
  z.object({ villages: z.array(z.string().regex(/^\d{10}$/)).min(1).max(1000) }).strict(),
  z.object({ prefixes: z.array(z.string().regex(/^(\d{2}|\d{4}|\d{6}|\d{10})$/)).min(1).max(200) }).strict(),
]);
export type ScopeWire = z.infer<typeof scopeSchema>;

export const roleSchema = z.enum(roles);
export const kaderKindSchema = z.enum(kaderKinds);

export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  kaderKind: kaderKindSchema.nullable(),
  scope: scopeSchema,
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const signInRequestSchema = z.object({
  username: storableString().max(100),
  password: storableString().max(maxPasswordLength),
  deviceName: deviceNameSchema,
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const signInResponseSchema = z.object({ token: z.string(), deviceId: z.string(), user: sessionUserSchema });
export type SignInResponse = z.infer<typeof signInResponseSchema>;

export const meResponseSchema = z.object({ user: sessionUserSchema, deviceId: z.string() });

export const setupStatusSchema = z.object({ setupNeeded: z.boolean() });

export const setupRequestSchema = z.object({
  setupCode: storableString().max(40),
  username: usernameSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
  deviceName: deviceNameSchema,
});
export type SetupRequest = z.infer<typeof setupRequestSchema>;

export const createUserRequestSchema = z
  .object({
    username: usernameSchema,
    displayName: displayNameSchema,
    role: roleSchema,
    kaderKind: kaderKindSchema.nullish(),
    scope: scopeSchema,
    password: passwordSchema,
  })
  .refine((u) => (u.role === 'kader') === Boolean(u.kaderKind), { error: 'kader-kind', path: ['kaderKind'] });
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const updateUserRequestSchema = z.object({
  displayName: displayNameSchema.optional(),
  scope: scopeSchema.optional(),
  active: z.boolean().optional(),
  password: passwordSchema.optional(),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const userSummarySchema = sessionUserSchema.extend({ active: z.boolean(), createdAt: z.string() });
export type UserSummary = z.infer<typeof userSummarySchema>;

export const deviceSummarySchema = z.object({
  id: z.string(),
  userId: z.string(),
  username: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type DeviceSummary = z.infer<typeof deviceSummarySchema>;

/** Answers of GET/POST/PATCH /api/users and GET /api/devices. */
export const usersResponseSchema = z.object({ users: z.array(userSummarySchema) });
export const userResponseSchema = z.object({ user: userSummarySchema });
export const devicesResponseSchema = z.object({ devices: z.array(deviceSummarySchema) });

/** Who made a change, as stored with it at push time. */
export const changeAuthorSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  role: roleSchema,
  kaderKind: kaderKindSchema.nullable(),
});
export type ChangeAuthor = z.infer<typeof changeAuthorSchema>;

export const historyEntrySchema = z.object({
  seq: z.number().int(),
  /** When the change was made on the device (the stamp's wall clock, ISO). */
  changedAt: z.string(),
  /** When the server received it (ISO). */
  receivedAt: z.string(),
  fields: z.array(z.string()),
  /** null for changes pushed before accounts existed. */
  author: changeAuthorSchema.nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyResponseSchema = z.object({ entries: z.array(historyEntrySchema) });
export type HistoryResponse = z.infer<typeof historyResponseSchema>;

export const tooManyAttemptsBodySchema = z.object({
  error: z.object({ code: z.literal('too-many-attempts'), message: z.string() }),
  retryAfterSeconds: z.number().int().positive(),
});
