// `npx genting user ...` and `npx genting device ...`: accounts from the server's console.
// The console is trusted ('root' actor of auth/accounts.ts): it may manage every account,
// including the first admin when the store is empty (instead of the setup code). Passwords
// come from stdin (--password-stdin) or are generated and printed once. Output goes to
// stdout for the operator; nothing is logged.
import { randomBytes } from 'node:crypto';
import { createUserRequestSchema, passwordSchema, scopeSchema, type ScopeWire } from '../../src/sync/account-api.ts';
import { kaderKinds, roles } from '../../src/sync/roles.ts';
import { createUser, findManagedUser, listDevices, listUsers, revokeDevice, updateUser, type AccountDeps } from '../auth/accounts.ts';
import { parseScopeList } from '../auth/scope.ts';
import { readConfig } from '../config.ts';
import { openStore } from '../store/open.ts';
import type { Store } from '../store/store.ts';

export type CliIo = { stdout: (text: string) => void; stderr: (text: string) => void; readStdin: () => Promise<string> };

const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

const usage = `Usage:
  npx genting user add USERNAME --name "NAME" --role kader|koordinator|admin|viewer [--kind tpk|genre|poktan] --scope all|CODES [--password-stdin]
  npx genting user list
  npx genting user disable USERNAME
  npx genting user enable USERNAME
  npx genting user reset-password USERNAME [--password-stdin]
  npx genting user set-scope USERNAME all|CODES
  npx genting device list
  npx genting device revoke DEVICE_ID
CODES: comma-separated 10-digit village codes, or 2/4/6-digit province/kabupaten/kecamatan prefixes.
Without --password-stdin a strong password is generated and printed once.
`;

type Parsed = { positional: string[]; options: Map<string, string | true> };

function parseArgs(args: string[]): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) positional.push(arg);
    else if (arg === '--password-stdin') options.set(arg.slice(2), true);
    else options.set(arg.slice(2), args[++i] ?? '');
  }
  return { positional, options };
}

function toScope(text: string): ScopeWire | null {
  const parsed = parseScopeList(text);
  return parsed.ok && scopeSchema.safeParse(parsed.value).success ? parsed.value : null;
}

async function passwordFrom(parsed: Parsed, io: CliIo): Promise<{ password: string; generated: boolean } | null> {
  if (parsed.options.get('password-stdin') !== true) return { password: randomBytes(12).toString('base64url'), generated: true };
  const password = (await io.readStdin()).split(/\r?\n/)[0] ?? '';
  return passwordSchema.safeParse(password).success ? { password, generated: false } : null;
}

async function userAdd(deps: AccountDeps, parsed: Parsed, io: CliIo): Promise<number> {
  const scope = toScope(String(parsed.options.get('scope') ?? ''));
  const secret = await passwordFrom(parsed, io);
  if (!secret) return fail(io, 'the password must have at least 10 characters');
  const kind = parsed.options.get('kind');
  const request = createUserRequestSchema.safeParse({
    username: parsed.positional[0] ?? '',
    displayName: parsed.options.get('name'),
    role: parsed.options.get('role'),
    kaderKind: typeof kind === 'string' ? kind : null,
    scope,
    password: secret.password,
  });
  if (!request.success || !scope) {
    return fail(io, `check USERNAME (3-40 of a-z 0-9 . _ -), --name, --role (${roles.join('|')}), --kind (${kaderKinds.join('|')}, kader only) and --scope`);
  }
  const outcome = await createUser(deps, 'root', request.data);
  if (!outcome.ok) return fail(io, 'that username is taken');
  io.stdout(`User ${outcome.value.username} created (id ${outcome.value.id}, ${outcome.value.role}).\n`);
  if (secret.generated) io.stdout(`Password (shown once, hand it over in person): ${secret.password}\n`);
  return 0;
}

function fail(io: CliIo, message: string): number {
  io.stderr(`genting: ${message}\n`);
  return 1;
}

function scopeText(scope: ScopeWire): string {
  if (scope === 'all') return 'all';
  return 'villages' in scope ? scope.villages.join(',') : scope.prefixes.join(',');
}

async function userCommand(deps: AccountDeps, parsed: Parsed, io: CliIo): Promise<number> {
  const [sub, username, value] = parsed.positional;
  const rest: Parsed = { positional: parsed.positional.slice(1), options: parsed.options };
  switch (sub) {
    case 'add':
      return userAdd(deps, rest, io);
    case 'list': {
      for (const u of await listUsers(deps, 'root')) {
        const role = u.kaderKind ? `${u.role}/${u.kaderKind}` : u.role;
        io.stdout(`${u.username}\t${u.displayName}\t${role}\t${scopeText(u.scope)}\t${u.active ? 'active' : 'disabled'}\t${u.id}\n`);
      }
      return 0;
    }
    case 'disable':
    case 'enable': {
      const outcome = await updateUser(deps, 'root', username ?? '', { active: sub === 'enable' });
      if (!outcome.ok) return fail(io, 'no such user');
      io.stdout(sub === 'disable' ? `User ${outcome.value.username} disabled; every device of it is signed out.\n` : `User ${outcome.value.username} enabled.\n`);
      return 0;
    }
    case 'reset-password': {
      if (!(await findManagedUser(deps, 'root', username ?? ''))) return fail(io, 'no such user');
      const secret = await passwordFrom(parsed, io);
      if (!secret) return fail(io, 'the password must have at least 10 characters');
      const outcome = await updateUser(deps, 'root', username ?? '', { password: secret.password });
      if (!outcome.ok) return fail(io, 'no such user');
      io.stdout(`Password of ${outcome.value.username} reset; every device of it is signed out.\n`);
      if (secret.generated) io.stdout(`New password (shown once): ${secret.password}\n`);
      return 0;
    }
    case 'set-scope': {
      const scope = toScope(value ?? '');
      if (!scope) return fail(io, 'SCOPE must be all, or village codes / prefixes');
      const outcome = await updateUser(deps, 'root', username ?? '', { scope });
      if (!outcome.ok) return fail(io, 'no such user');
      io.stdout(`Scope of ${outcome.value.username}: ${scopeText(scope)}\n`);
      return 0;
    }
    default:
      io.stderr(usage);
      return 2;
  }
}

async function deviceCommand(deps: AccountDeps, parsed: Parsed, io: CliIo): Promise<number> {
  const [sub, id] = parsed.positional;
  if (sub === 'list') {
    for (const d of await listDevices(deps, 'root')) {
      io.stdout(`${d.id}\t${d.username}\t${d.name}\tcreated ${d.createdAt}\tlast seen ${d.lastSeenAt}\t${d.revokedAt ? `revoked ${d.revokedAt}` : 'active'}\n`);
    }
    return 0;
  }
  if (sub === 'revoke') {
    if (!(await revokeDevice(deps, 'root', id ?? ''))) return fail(io, 'no such device');
    io.stdout(`Device ${id} revoked: its next request is refused.\n`);
    return 0;
  }
  io.stderr(usage);
  return 2;
}

/** Runs `user ...` or `device ...` against an open store (tests pass their own). */
export async function runAccountCommand(store: Store, group: 'user' | 'device', args: string[], io: CliIo = processIo): Promise<number> {
  const deps: AccountDeps = { accounts: store.accounts, now: () => new Date() };
  const parsed = parseArgs(args);
  return group === 'user' ? userCommand(deps, parsed, io) : deviceCommand(deps, parsed, io);
}

export async function runAccountCli(group: 'user' | 'device', args: string[]): Promise<number> {
  const config = readConfig(process.env);
  if (!config.ok) {
    process.stderr.write(`Invalid configuration:\n  ${config.errors.join('\n  ')}\n`);
    return 2;
  }
  const store = await openStore(config.value, { markRunning: false });
  try {
    return await runAccountCommand(store, group, args);
  } finally {
    await store.close();
  }
}
