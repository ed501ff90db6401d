import type { Inference } from './infer-profile.js';

/** What `solarproof-mock infer` prints: one paragraph per switch, the evidence with it. */
export function renderInference(inference: Inference): string {
  const lines = [
    `${inference.exchanges} exchanges recorded, ${inference.replayed} of them answers of the API's actions.`,
    '',
  ];
  for (const f of inference.findings) {
    if (f.value === null) {
      const why =
        f.telling === 0
          ? 'no recorded exchange answers differently under its readings'
          : `${f.telling} exchanges would tell, but no reading reproduces what was recorded`;
      lines.push(`${f.id} ${f.name}: not observed (${why})`);
    } else {
      const ties = f.alsoFits.length > 0 ? `; ${f.alsoFits.join(', ')} fits as well` : '';
      lines.push(`${f.id} ${f.name}: ${f.value} (${f.matching} of ${f.telling} telling exchanges${ties})`);
      if (f.fields.length > 0) lines.push(`    fields: ${f.fields.join('; ')}`);
    }
  }
  return lines.join('\n');
}
