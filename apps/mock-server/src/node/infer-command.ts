import { parseArgs } from 'node:util';
import { inferProfile } from '../proxy/infer-profile.js';
import { renderInference } from '../proxy/render-inference.js';
import { writeFileAtomic } from './proxy-files.js';
import { readHarFile } from './read-har-file.js';

export const INFER_USAGE = `Usage: solarproof-mock infer FILE.har [--out profile.json] [--name NAME]

Says, for each interpretation switch, which reading of the docs the recorded answers support, with
the evidence (how many exchanges tell the readings apart, which fields), or "not observed", and
writes a profile file the fake loads with --profile FILE.

Options:
  --out FILE    where to write the profile (default: profile.json beside FILE.har)
  --name NAME   the profile's name (default: inferred)
  --help        this text
`;

/** `solarproof-mock infer FILE.har ...`. Resolves to the exit code. */
export async function runInferCommand(argv: string[]): Promise<number> {
  const err = (text: string) => process.stderr.write(`solarproof-mock infer: ${text}\n`);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    err(`${(error as Error).message}\n\n${INFER_USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(INFER_USAGE);
    return 0;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) {
    err(`give exactly one HAR file\n\n${INFER_USAGE}`);
    return 2;
  }
  const name = parsed.values.name ?? 'inferred';
  if (!/^[a-z0-9][a-z0-9-]{0,59}$/.test(name)) {
    err('--name must be kebab-case, at most 60 characters');
    return 2;
  }
  try {
    const inference = inferProfile(readHarFile(file), name);
    const out = parsed.values.out ?? file.replace(/[^/\\]*$/, 'profile.json');
    writeFileAtomic(out, `${JSON.stringify(inference.profile, null, 2)}\n`);
    process.stdout.write(
      `${renderInference(inference)}\n\nwrote ${out}: start the fake with --profile ${out}\n`,
    );
    return 0;
  } catch (error) {
    err((error as Error).message);
    return 1;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: { out: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}

/** The CliCommand shape of the CLI's subcommand table (`run(argv)` resolving to the exit code). */
export const run = (argv: string[]): Promise<number> => runInferCommand(argv);
