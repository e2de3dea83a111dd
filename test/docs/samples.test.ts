// Every sample session in docs/ is re-run and must still show what the command prints (see
// test/docs/samples.ts for the markers). `npm run docs:samples` rewrites the stale ones.
import { strict as assert } from 'node:assert';
import { allSamples, fits, normalise, parseSamples, refreshed, runSample } from './samples.js';

describe('docs samples', function () {
  this.timeout(300_000);

  describe('the matcher', () => {
    it('takes `...` for any number of lines, durations and hashes as placeholders, nothing else', () => {
      const expected = ['built a1b2c3d4e5f6 in 12 ms', '  ...', 'done'];
      assert.ok(fits(expected, ['built 0123456789ab in 7 ms', 'done']));
      assert.ok(fits(expected, ['built 0123456789ab in 7 ms', 'x', 'y', 'done']));
      assert.ok(!fits(expected, ['built 0123456789ab in 7 ms', 'x', 'done!']));
      assert.ok(!fits(['10 files'], ['11 files']));
      assert.equal(normalise('took 1.5 ms  '), 'took <ms>');
    });

    it('refreshes a stale sample keeping its `...` where it was', () => {
      assert.deepEqual(refreshed(['a 1', '  ...', 'end 1'], ['a 2', 'b', 'c', 'end 2']), ['a 2', '  ...', 'end 2']);
      assert.deepEqual(refreshed(['a 1', 'end 1'], ['a 2', 'b']), ['a 2', 'b']);
      // A part after `...` whose first line changed is found by its first two words.
      assert.deepEqual(
        refreshed(
          ['x', 'f one 1 KB', '...', 'f two 1 KB', 'y', '...', 'end'],
          ['x', 'f one 2 KB', 'f mid', 'f two 3 KB', 'y', 'z', 'end'],
        ),
        ['x', 'f one 2 KB', '...', 'f two 3 KB', 'y', '...', 'end'],
      );
    });

    it('reads the markers and refuses one that is not before a block', () => {
      const doc = [
        '<!-- sample-file: bad.json -->',
        '```json',
        '{}',
        '```',
        '<!-- sample: exit 2 -->',
        '```',
        '$ mysfits generate --config bad.json',
        'oops',
        '```',
      ].join('\n');
      const [sample] = parseSamples('x.md', doc);
      assert.equal(sample?.exit, 2);
      assert.deepEqual(sample?.files, { 'bad.json': '{}\n' });
      assert.deepEqual(sample?.expected, ['oops']);
      assert.throws(() => parseSamples('y.md', '<!-- sample: exit 2 -->\n\ntext\n'), /not before a sample/);
      assert.equal(
        parseSamples('z.md', ['<!-- sample: exit 3 -->', '', '```', '$ mysfits x', '```'].join('\n'))[0]?.exit,
        3,
      );
    });
  });

  const samples = allSamples();
  it('there are samples to check, and each one not run says why', () => {
    assert.ok(samples.filter((s) => s.notRun === undefined).length >= 5, 'fewer than 5 samples are run');
    for (const s of samples) if (s.notRun !== undefined) assert.match(s.notRun, /\w{4,}/, `${s.doc}:${s.line}`);
  });

  for (const sample of samples.filter((s) => s.notRun === undefined)) {
    it(`${sample.doc}:${sample.line} $ ${sample.command}`, () => {
      const run = runSample(sample);
      const shown = `\n--- the sample shows:\n${sample.expected.join('\n')}\n--- the command prints:\n${run.lines.join('\n')}\n(npm run docs:samples rewrites it)`;
      assert.equal(run.code, sample.exit, `exit ${run.code}, the sample says ${sample.exit}${shown}`);
      assert.ok(fits(sample.expected, run.lines), `the sample is stale${shown}`);
    });
  }
});
