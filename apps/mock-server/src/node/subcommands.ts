/**
 * The subcommands `solarproof-mock` dispatches before its serve options: each loads its module
 * only when asked for, so plain `solarproof-mock` starts no faster or slower for them.
 */
export function subcommandOf(argv: string[]): (() => Promise<number>) | undefined {
  const [name, ...rest] = argv;
  switch (name) {
    case 'proxy':
      return () => import('./proxy-command.js').then((m) => m.runProxyCommand(rest));
    case 'infer':
      return () => import('./infer-command.js').then((m) => m.runInferCommand(rest));
    default:
      return undefined;
  }
}
