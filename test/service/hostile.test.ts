// Requests the service refuses before or while reading them, against the bundle as it ships
// (its own process, JSON logs on stdout): an oversized upload is answered 413 the client can
// read (not a broken pipe), an oversized header block and a request Node times out are answered
// as JSON and logged with the status they got, and a client that goes away is not an error.
import { strict as assert } from 'node:assert';
import { connect } from 'node:net';
import { startSeededDynalite, type Dynalite } from '../support/dynalite.js';
import { BUNDLE_ENV, runBundle } from '../support/service.js';

/** Writes `head` (and `body`) on a raw socket; what came back, and how the socket ended. */
function raw(url: string, head: string, body?: Buffer, holdMs = 0): Promise<{ text: string; error?: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    let text = '';
    let error: string | undefined;
    const s = connect(Number(port), hostname, () => {
      s.write(head);
      if (body) s.write(body);
      if (holdMs) setTimeout(() => s.end(), holdMs);
    });
    s.on('data', (d: Buffer) => (text += d.toString('latin1')));
    s.on('error', (e: NodeJS.ErrnoException) => (error = e.code));
    s.on('close', () => resolve({ text, error }));
  });
}

interface LogLine {
  readonly level: string;
  readonly msg: string;
  readonly status?: number;
  readonly [k: string]: unknown;
}

describe('service: hostile requests (the bundle)', function () {
  this.timeout(60_000);
  let db: Dynalite;
  let svc: Awaited<ReturnType<typeof runBundle>>;
  const logs = (): LogLine[] => svc.lines().map((l) => JSON.parse(l) as LogLine);

  before(async () => {
    db = await startSeededDynalite(BUNDLE_ENV.TABLE_NAME);
    svc = await runBundle({ ...BUNDLE_ENV, DYNAMODB_ENDPOINT: db.endpoint });
  });
  after(async () => {
    svc?.child.kill('SIGTERM');
    await svc?.exit;
    await db?.close();
  });

  it('a 10 MB upload: the client reads its 413 every time, not EPIPE or a reset', async () => {
    const body = Buffer.alloc(10 * 1024 * 1024, 'x');
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${svc.url}/auth/signin`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      assert.equal(res.status, 413);
      assert.equal(((await res.json()) as { error: string }).error, 'body_too_large');
    }
  });

  it('headers over 16 KB: a JSON 431, and a log line saying so', async () => {
    const r = await raw(svc.url, `GET /mysfits HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    assert.match(r.text, /^HTTP\/1\.1 431 /);
    assert.match(r.text, /Content-Type: application\/json/);
    assert.equal(JSON.parse(r.text.split('\r\n\r\n')[1]!).error, 'headers_too_large');
    assert.ok(
      logs().some((l) => l.status === 431 && l.error === 'headers_too_large'),
      JSON.stringify(logs().slice(-3)),
    );
  });

  it('bytes that are not HTTP: a JSON 400', async () => {
    const r = await raw(svc.url, 'HELLO THERE\r\n\r\n');
    assert.match(r.text, /^HTTP\/1\.1 400 /);
    assert.equal(JSON.parse(r.text.split('\r\n\r\n')[1]!).error, 'bad_request');
  });

  it('a client that closes mid-answer is logged as info, never as an error', async () => {
    for (let i = 0; i < 20; i++) {
      const s = connect(Number(new URL(svc.url).port), '127.0.0.1', () => {
        s.write('GET /mysfits HTTP/1.1\r\nHost: x\r\n\r\n');
        s.destroy();
      });
      s.on('error', () => {});
    }
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(
      logs().filter((l) => l.level === 'error'),
      [],
    );
  });

  it('every stdout line is JSON, the SDK warnings too', () => {
    for (const line of svc.lines()) assert.doesNotThrow(() => JSON.parse(line), line);
  });
});
