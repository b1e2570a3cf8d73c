#!/usr/bin/env node
// `npm run dev`: the sync server (http://localhost:8080, API and data) and the Vite dev
// server with hot reload (http://localhost:5173, which proxies /api to :8080), together.
// Ctrl+C stops both. If the sync server stops, Vite keeps running (the app works offline);
// if Vite stops, the server is stopped too.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const SERVER_ENTRY = 'sync-server/main.ts';
const running = [];
let isStopping = false;

function start(name, args, onExit) {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: process.env });
  child.on('exit', (code, signal) => {
    if (!isStopping) onExit(`${name} stopped (${signal ?? code})`, code ?? 1);
  });
  running.push(child);
}

function shutDown(code) {
  if (isStopping) return;
  isStopping = true;
  for (const child of running) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}

if (existsSync(SERVER_ENTRY)) {
  start('sync server', ['--import', 'tsx', '--watch', SERVER_ENTRY], (why) =>
    console.warn(`dev: ${why}; Vite keeps running, /api calls will fail until it is back.`),
  );
} else {
  console.warn(`dev: ${SERVER_ENTRY} not found; starting Vite only (/api will not answer).`);
}
start('vite', ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1'], (why, code) => {
  console.log(`dev: ${why}; stopping.`);
  shutDown(code);
});

process.on('SIGINT', () => shutDown(0));
process.on('SIGTERM', () => shutDown(0));
