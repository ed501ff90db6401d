#!/usr/bin/env node
/**
 * `solarproof-mock`: only the dispatch lives here. Each subcommand is a module under `node/`,
 * loaded when it is chosen, so `--help` and `--version` never build a world. To add a subcommand,
 * add one entry to SUBCOMMANDS.
 */
import * as nodeModule from 'node:module';
import { readPackageVersion } from './node/package-version.js';

// Node 22.1 and later keep V8's compiled code of the modules loaded from here on disk (in the
// user's temporary directory, or NODE_COMPILE_CACHE), so later starts skip compiling them; Node 20
// has no such cache and goes on as before. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

export interface CliCommand {
  /** Runs the command; a number is the exit code, undefined leaves the process running (a server). */
  run(argv: string[], env: NodeJS.ProcessEnv): Promise<number | undefined>;
}

const SUBCOMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  serve: {
    summary: 'start the fake (the default when no command is given)',
    load: () => import('./node/serve-command.js'),
  },
  matrix: {
    summary: 'run a command once per reading of the docs, each against a fresh fake',
    load: () => import('./node/matrix-command.js'),
  },
  proxy: {
    summary: 'forward to the live API, validate every exchange, record HAR and a drift report',
    load: () => import('./node/proxy-command.js'),
  },
  infer: {
    summary: 'read a HAR recording and write the interpretation profile it supports',
    load: () => import('./node/infer-command.js'),
  },
};

const argv = process.argv.slice(2);
// Flags after `--` belong to a command the user runs (matrix), not to us.
const own = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
const first = argv[0];

if (own.includes('--version') || own.includes('-V')) {
  process.stdout.write(`${readPackageVersion()}\n`);
} else if ((own.includes('--help') || own.includes('-h')) && (first === undefined || first.startsWith('-'))) {
  const { USAGE } = await import('./node/cli-options.js');
  const commands = Object.entries(SUBCOMMANDS).map(
    ([name, { summary }]) => `  ${name.padEnd(22)} ${summary}`,
  );
  process.stdout.write(
    `${USAGE}\nCommands (solarproof-mock COMMAND --help for its options):\n${commands.join('\n')}\n`,
  );
} else {
  const named = first !== undefined && Object.hasOwn(SUBCOMMANDS, first);
  if (first !== undefined && !first.startsWith('-') && !named) {
    const names = Object.keys(SUBCOMMANDS).join(', ');
    process.stderr.write(
      `solarproof-mock: unknown command ${JSON.stringify(first)} (the commands are ${names}; options start with --)\nRun solarproof-mock --help to see every option.\n`,
    );
    process.exitCode = 2;
  } else {
    const command = await SUBCOMMANDS[named ? first : 'serve']!.load();
    const code = await command.run(named ? argv.slice(1) : argv, process.env);
    if (code !== undefined) process.exitCode = code;
  }
}
