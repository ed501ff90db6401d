import type { MockResponse } from '../core/mock-request.js';
import type { ProfileDefinition } from '../interpretations/profiles.js';
import { SWITCHES } from '../interpretations/switch-catalogue.js';
import { createMockApi, type MockApi } from '../mock/create-mock-api.js';
import { differingPaths, shapesAt } from './answer-signature.js';
import type { HarExchange } from './har-exchanges.js';
import { parseJson } from './parse-json.js';
import { PersonalDataScrubber } from './scrub-personal-data.js';
import { worldRecordsFromHar } from './world-records-from-har.js';

/** What a recording says about one switch. */
export interface SwitchFinding {
  id: string;
  name: string;
  question: string;
  /** The alternative the answers support, or null: "not observed". */
  value: string | null;
  /** Exchanges whose answer differs between the switch's readings: only these say anything. */
  telling: number;
  /** Of those, how many the chosen reading reproduces. */
  matching: number;
  /** Other alternatives the answers fit just as well (this traffic cannot tell them from `value`). */
  alsoFits: string[];
  /** Each alternative and how many telling exchanges it reproduces. */
  scores: Record<string, number>;
  /** Where the readings' answers differ, e.g. `getallcustomers (status)`, `getallcustomers [].creation_date`. */
  fields: string[];
}

export interface Inference {
  exchanges: number;
  /** Exchanges replayed (answers of the API's actions); others are not evidence. */
  replayed: number;
  findings: SwitchFinding[];
  profile: ProfileDefinition;
}

/**
 * Which reading of the docs a recording supports, switch by switch. The recorded customers and
 * projects become a fake's world; every recorded request is replayed in order against that fake
 * under each alternative of a switch, and the alternative whose answers have the recorded shape
 * wins. An exchange tells only when the alternatives answer it differently; a switch no exchange
 * tells apart is "not observed". Switches are settled one after another over two rounds, each
 * judged with the others at their best reading so far, since some interact (an error status and
 * the end of the pages).
 *
 * @example
 * inferProfile(harExchanges(har)).findings.find((f) => f.id === 'I-7')?.value; // 'empty-array'
 */
export function inferProfile(exchanges: HarExchange[], name = 'inferred'): Inference {
  const scrubber = new PersonalDataScrubber();
  const records = worldRecordsFromHar(exchanges, scrubber);
  const replayable = exchanges.filter(
    (e) => e.action !== null && e.status > 0 && e.url.pathname.endsWith('.php'),
  );
  const chosen: Record<string, string> = {};
  const cache = new Map<string, Replay[]>();

  const replayUnder = (switches: Record<string, string>): Replay[] => {
    const key = JSON.stringify(Object.entries(switches).sort());
    let hit = cache.get(key);
    if (!hit) {
      hit = replay(createMockApi({ records, interpret: switches }), replayable, scrubber);
      cache.set(key, hit);
    }
    return hit;
  };

  let findings: SwitchFinding[] = [];
  for (let round = 0; round < 2; round += 1) {
    findings = SWITCHES.map((sw) => {
      const byValue = sw.alternatives.map((alt) => ({
        value: alt.value,
        answers: replayUnder({ ...chosen, [sw.id]: alt.value }),
      }));
      // Per exchange: where the readings' answers differ, and which readings match the recording there.
      const telling: number[] = [];
      const scores: Record<string, number> = Object.fromEntries(byValue.map((b) => [b.value, 0]));
      const fields = new Set<string>();
      for (let i = 0; i < replayable.length; i += 1) {
        const answers = byValue.map((b) => b.answers[i] as Replay);
        const statusTells = new Set(answers.map((a) => a.status)).size > 1;
        const paths = new Set<string>();
        for (const other of answers.slice(1)) {
          for (const p of differingPaths(answers[0]?.json, other.json)) paths.add(p);
        }
        if (!statusTells && paths.size === 0) continue;
        telling.push(i);
        const action = replayable[i]?.action ?? '';
        if (statusTells) fields.add(`${action} (status)`);
        for (const p of paths) fields.add(`${action} ${p}`);
        const seen = replayable[i] as HarExchange;
        const seenJson = seen.json.ok ? seen.json.value : undefined;
        for (const [k, b] of byValue.entries()) {
          const answer = answers[k] as Replay;
          if (statusTells && answer.status !== seen.status) continue;
          if ([...paths].every((p) => shapesAt(answer.json, p) === shapesAt(seenJson, p)))
            scores[b.value] = (scores[b.value] ?? 0) + 1;
        }
      }
      // On a tie the earlier alternative wins: the default, when it is among the best.
      const best = byValue.reduce((a, b) => ((scores[b.value] ?? 0) > (scores[a.value] ?? 0) ? b : a));
      const observed = telling.length > 0 && (scores[best.value] ?? 0) > 0;
      if (observed) chosen[sw.id] = best.value;
      else delete chosen[sw.id];
      return {
        id: sw.id,
        name: sw.name,
        question: sw.question,
        value: observed ? best.value : null,
        telling: telling.length,
        matching: observed ? (scores[best.value] ?? 0) : 0,
        alsoFits: observed
          ? byValue
              .filter((b) => b.value !== best.value && scores[b.value] === scores[best.value])
              .map((b) => b.value)
          : [],
        scores,
        fields: [...fields].sort().slice(0, 8),
      };
    });
  }
  const switches = Object.fromEntries(findings.flatMap((f) => (f.value === null ? [] : [[f.id, f.value]])));
  return {
    exchanges: exchanges.length,
    replayed: replayable.length,
    findings,
    profile: { name, basedOn: 'documented', switches },
  };
}

interface Replay {
  status: number;
  json: unknown;
}

/**
 * Replays the recorded requests in order, with the fake's key where the recording has none. A
 * customer the session created gets another id in the fake: later requests are sent with that id.
 */
function replay(mock: MockApi, exchanges: HarExchange[], scrubber: PersonalDataScrubber): Replay[] {
  const key = mock.world.options.apiKey;
  const ids = new Map<string, string>();
  return exchanges.map((exchange) => {
    const query = new URLSearchParams();
    for (const [name, value] of exchange.url.searchParams) {
      query.append(name, name === 'api_key' ? key : (scrubber.json(value, name) as string));
    }
    let body = exchange.requestBody;
    const parsed = parseJson(body);
    if (parsed.ok) {
      const sent = (scrubber.json(parsed.value) ?? {}) as { data?: Record<string, unknown> };
      const data = sent.data;
      if (data && typeof data.apikey === 'string') data.apikey = key;
      const id = data?.pkcustomerid;
      const mapped = ids.get(String(id));
      if (data && mapped !== undefined) data.pkcustomerid = typeof id === 'number' ? Number(mapped) : mapped;
      body = JSON.stringify(sent);
    }
    const response: MockResponse = mock.handle({
      method: exchange.method,
      path: exchange.url.pathname.replace(/^.*(\/apidata\.php)$/, '$1'),
      query,
      headers: { 'content-type': 'application/json' },
      body,
    });
    const json = parseJson(response.body);
    if (exchange.action === 'createcustomer' && json.ok && exchange.json.ok) {
      const mine = (json.value as { id?: unknown }).id;
      const theirs = (exchange.json.value as { id?: unknown }).id;
      if (mine !== undefined && theirs !== undefined) ids.set(String(theirs), String(mine));
    }
    return { status: response.status, json: json.ok ? json.value : undefined };
  });
}
