// Admin command line (`npx genting <command> ...`). Each command lives in sync-server/cli/
// and is loaded only when called, so `zscores` does not open a database and `backup` does not
// load the WHO tables. A command returns its exit code; it writes results to stdout and
// messages to stderr, and never prints personal data.
type Command = { summary: string; run: (args: string[]) => Promise<number> };

const commands: Record<string, Command> = {};

export function registerCommand(name: string, command: Command): void {
  commands[name] = command;
}

function printHelp(): void {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`);
  process.stderr.write(`Usage: npx genting <command> [options]\n\nCommands:\n${lines.join('\n')}\n`);
}

export async function runCli(argv: string[]): Promise<number> {
  await import('./cli/commands.ts');
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help') {
    printHelp();
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command: ${name}\n`);
    printHelp();
    return 1;
  }
  return command.run(args);
}
