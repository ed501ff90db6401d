import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type DriftReport, renderDriftMarkdown } from '../proxy/drift-report.js';

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/**
 * Writes the drift report as Markdown and JSON: `report.md` also gives `report.json` and the
 * other way round; any other name gets both endings added. Returns the paths written.
 */
export function writeDriftReport(path: string, report: DriftReport): string[] {
  const stem = path.replace(/\.(md|json)$/i, '');
  const written = [`${stem}.md`, `${stem}.json`];
  writeFileAtomic(written[0] as string, `${renderDriftMarkdown(report)}\n`);
  writeFileAtomic(written[1] as string, `${JSON.stringify(report, null, 2)}\n`);
  return written;
}
