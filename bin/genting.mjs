#!/usr/bin/env node
// `npx genting <command>`: the admin command line, sync-server/cli.ts run as JavaScript built
// once into node_modules/.cache (bin/cli-build.mjs), or through tsx when that is not possible.
import { loadCli } from './cli-build.mjs';

const { runCli } = await loadCli();
process.exitCode = await runCli(process.argv.slice(2));
