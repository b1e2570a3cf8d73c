// The accounts a koordinator or admin manages from the app (issue #14): her kader, their
// passwords, and their phones. Online only (the server holds accounts); every call goes
// through the device session (src/db/session.ts), which sends the token and decides nothing:
// the server checks who may manage whom.
import { getGentingClient } from '../../db/client.ts';
import type { CreateUserRequest, UpdateUserRequest } from '../../sync/account-api.ts';

export type { DeviceSummary, UserSummary, CreateUserRequest } from '../../sync/account-api.ts';

export const manageActions = {
  users: async () => (await getGentingClient()).session.manage.users(),
  createUser: async (request: CreateUserRequest) => (await getGentingClient()).session.manage.createUser(request),
  updateUser: async (id: string, patch: UpdateUserRequest) => (await getGentingClient()).session.manage.updateUser(id, patch),
  devices: async () => (await getGentingClient()).session.manage.devices(),
  revokeDevice: async (id: string) => (await getGentingClient()).session.manage.revokeDevice(id),
};

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A first password to hand to a kader: three groups of four (e.g. "k7mw-pq3a-xt9e", 14
 * characters, about 74 bits), from the browser's cryptographic random source.
 */
export function generatePassword(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => {
  crypto.getRandomValues(bytes);
  return bytes;
}): string {
  const chars: string[] = [];
  // Bytes at or above the largest multiple of the alphabet's size are skipped: no letter is likelier than another.
  const limit = 256 - (256 % alphabet.length);
  while (chars.length < 12) {
    for (const byte of random(new Uint8Array(16))) if (byte < limit && chars.length < 12) chars.push(alphabet[byte % alphabet.length] ?? 'a');
  }
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((group) => group.join('')).join('-');
}
