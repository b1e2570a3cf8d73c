// The command table: one line per command, each importing its module lazily.
import { registerCommand } from '../cli.ts';

registerCommand('version', {
  summary: 'print the Genting version',
  run: async () => {
    // imported, not read by path: the CLI may run bundled from node_modules/.cache
    const { default: pkg } = await import('../../package.json', { with: { type: 'json' } });
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  },
});

registerCommand('backup', {
  summary: 'FILE: consistent copy of the SQLite store (safe while the server runs)',
  run: async (args) => (await import('./backup.ts')).runBackup(args),
});

registerCommand('restore', {
  summary: 'FILE: put a backup back in place (SQLite file, or pg_dump -Fc file with DATABASE_URL; stop the server first)',
  run: async (args) => (await import('./restore.ts')).runRestore(args),
});

registerCommand('new-epoch', {
  summary: 'after recovering the database another way: every phone resyncs and sends back what it lacks',
  run: async () => (await import('./restore.ts')).runNewEpoch(),
});

registerCommand('zscores', {
  summary: '[FILE] [--age-unit days|months]: WHO z-scores for a CSV (stdout)',
  run: async (args) => (await import('./zscores.ts')).runZscores(args),
});

registerCommand('user', {
  summary: 'add|list|disable|enable|reset-password|set-scope: accounts',
  run: async (args) => (await import('./accounts.ts')).runAccountCli('user', args),
});

registerCommand('device', {
  summary: 'list|revoke: signed-in devices',
  run: async (args) => (await import('./accounts.ts')).runAccountCli('device', args),
});
