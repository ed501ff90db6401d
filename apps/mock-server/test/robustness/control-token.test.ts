import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_API_KEY } from '../../src/index.js';
import { chooseControlToken } from '../../src/node/choose-control-token.js';
import { type RunningMockServer, startMockServer } from '../../src/node.js';
import { runServeInProcess, startCli } from '../support/cli-process.js';

const TOKEN = 'a-control-token-of-some-length';
let server: RunningMockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the control token', () => {
  test.each([
    ['0.0.0.0', undefined, 'generated'],
    ['::', undefined, 'generated'],
    ['192.168.1.20', undefined, 'generated'],
    ['0.0.0.0', false, 'none'],
    ['0.0.0.0', TOKEN, 'given'],
    ['127.0.0.1', undefined, 'none'],
    ['localhost', undefined, 'none'],
    ['::1', undefined, 'none'],
    ['127.0.0.1', TOKEN, 'given'],
  ] as const)('a server on %s with option %s has a %s token', (host, option, want) => {
    const token = chooseControlToken(host, option);
    if (want === 'none') expect(token).toBeUndefined();
    if (want === 'given') expect(token).toBe(TOKEN);
    if (want === 'generated') {
      expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(chooseControlToken(host, option)).not.toBe(token);
    }
  });

  test('guards every control route and leaves the API alone', async () => {
    server = await startMockServer({ port: 0, controlToken: TOKEN });
    const none = await fetch(`${server.url}/__mock/reset`, { method: 'POST' });
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({
      code: 'INVALID_API_KEY',
      message: expect.stringMatching(/Bearer/),
    });
    const wrong = await fetch(`${server.url}/__mock/tenants`, {
      method: 'POST',
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.status).toBe(401);
    expect(server.mock.world.companies()).toHaveLength(2);
    // A token in the query opens only the dashboard's page load, never a write.
    expect((await fetch(`${server.url}/__mock/reset?token=${TOKEN}`, { method: 'POST' })).status).toBe(401);
    expect((await fetch(`${server.url}/__mock/ui?token=${TOKEN}`)).status).not.toBe(401);
    const right = await fetch(`${server.url}/__mock`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(200);
    const api = await fetch(`${server.url}/apidata.php?action=getallcustomers&api_key=${DEFAULT_API_KEY}`);
    expect(api.status).toBe(200);
  });

  test("lets the dashboard's script and style files and the readiness probe pass, and nothing else", async () => {
    server = await startMockServer({ port: 0, controlToken: TOKEN });
    const status = async (path: string) => (await fetch(`${server?.url}${path}`)).status;
    expect(await status('/__mock/ui/app.js')).toBe(200);
    expect(await status('/__mock/ui/style.css')).toBe(200);
    expect(await status('/__mock/health')).toBe(200);
    // The page itself and every data route still want the token.
    expect(await status('/__mock/ui')).toBe(401);
    expect(await status('/__mock/ui/../companies')).toBe(401);
    expect(await status('/__mock/companies')).toBe(401);
    expect(await status('/__mock/journal/stream')).toBe(401);
  });

  test('the CLI takes --control-token and says so in its banner', async () => {
    const cli = await startCli(['--control-token', TOKEN], { quiet: false });
    await expect.poll(cli.stdout).toContain(`Authorization: Bearer ${TOKEN}`);
    expect((await fetch(`${cli.url}/__mock`)).status).toBe(401);
    cli.child.kill('SIGTERM');
    await cli.exited;
  });

  test('the CLI refuses --control-token with --no-control-token', async () => {
    const run = await runServeInProcess(['--control-token', TOKEN, '--no-control-token']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/exclude each other/);
  });
});
