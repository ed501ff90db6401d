import { PROFILES } from './profiles.js';
import { SWITCHES } from './switch-catalogue.js';

/** The markers around the generated table in the spec and the README. */
export const SWITCH_TABLE_START =
  '<!-- interpretation switches: generated from apps/mock-server/src/interpretations; do not edit -->';
export const SWITCH_TABLE_END = '<!-- end of interpretation switches -->';

/**
 * The Markdown table of every switch: id, name, alternatives (the default first), the values of
 * the two other built-in profiles, and why the default is the default.
 */
export function switchTable(): string {
  const lenient: Record<string, string> = PROFILES['lenient-php'].switches;
  const strictest: Record<string, string> = PROFILES.strictest.switches;
  const rows = SWITCHES.map((s) => {
    const [first, ...rest] = s.alternatives.map((a) => `\`${a.value}\``);
    const alternatives = [`**${first}** (default)`, ...rest].join(', ');
    const cell = (profile: Record<string, string>) => (profile[s.id] ? `\`${profile[s.id]}\`` : '=');
    return `| ${s.id} | \`${s.name}\`: ${s.question} | ${alternatives} | ${cell(lenient)} | ${cell(strictest)} | ${s.reason} |`;
  });
  return [
    SWITCH_TABLE_START,
    '| id | switch | alternatives | lenient-php | strictest | why the default |',
    '|---|---|---|---|---|---|',
    ...rows,
    SWITCH_TABLE_END,
  ].join('\n');
}

/** `text` with the block between the markers replaced by the current table (indented like the start marker). */
export function withSwitchTable(text: string): string {
  const start = text.indexOf(SWITCH_TABLE_START);
  const end = text.indexOf(SWITCH_TABLE_END);
  if (start < 0 || end < start) throw new Error('No interpretation-switch table markers found');
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const indent = text.slice(lineStart, start);
  const table = switchTable()
    .split('\n')
    .map((line, i) => (i === 0 ? line : `${indent}${line}`))
    .join('\n');
  return text.slice(0, start) + table + text.slice(end + SWITCH_TABLE_END.length);
}
