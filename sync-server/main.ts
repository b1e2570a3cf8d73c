// Starts the sync server: reads the configuration from the environment, opens the store,
// listens, and on a store without users prints a one-time setup code. On SIGTERM/SIGINT it stops accepting connections, lets in-flight requests finish
// (Fastify close), then closes the database; a second signal exits at once.
import { issueSetupCode } from './auth/accounts.ts';
import { buildApp } from './app.ts';
import { readConfig } from './config.ts';
import { openStore } from './store/open.ts';

const shutdownGraceMs = 25_000;

async function main(): Promise<number> {
  const config = readConfig(process.env);
  if (!config.ok) {
    process.stderr.write(`genting: invalid configuration:\n  ${config.errors.join('\n  ')}\n`);
    return 2;
  }
  const store = await openStore(config.value);
  const app = await buildApp({ config: config.value, store });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) process.exit(1);
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    // A client that never finishes its request must not keep the process alive for ever.
    setTimeout(() => process.exit(1), shutdownGraceMs).unref();
    await app.close();
    await store.close();
    app.log.info('stopped');
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  await app.listen({ port: config.value.port, host: config.value.host });
  const scheme = config.value.tls ? 'https' : 'http';
  app.log.info(
    { store: store.kind, url: `${scheme}://${config.value.host}:${config.value.port}` },
    'Genting server listening',
  );
  // An empty store: a one-time code to create the first administrator (in the app or with
  // `npx genting user add --role admin`). Printed to the console only, never to the log.
  const setupCode = await issueSetupCode({ accounts: store.accounts, now: () => new Date() });
  if (setupCode) {
    process.stdout.write(
      `\n  Genting: no administrator yet. Open ${scheme}://localhost:${config.value.port}/siapkan and enter the setup code\n` +
        `  Kode penyiapan (setup code):  ${setupCode}\n` +
        '  (valid once, until this server restarts; or run: npx genting user add --role admin ...)\n\n',
    );
  }
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`genting: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
