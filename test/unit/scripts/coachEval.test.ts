import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTsx } from './cli/helpers';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quarterdeck-coach-eval-'));
  await writeFile(
    join(dir, 'sample.csv'),
    [
      'objective,objective_type,key_result,metric,unit,baseline,target,direction,owner,expected_rules,also_ok',
      // Labelled clean, but it is a gameable metric: a false alarm by these labels.
      'Quality,aspirational,Raise test coverage from 60% to 80%,,,,,,,,',
      // Labelled external-commitment, which the coach does not see here: a miss.
      'Reliable,committed,Reduce P1 incidents from 8 to 2,,,,,,,external-commitment,',
      'Fast,aspirational,Cut build time from 25 min to 8 min,,,,,,,,',
    ].join('\n'),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function evalCoach(...argv: string[]) {
  return runTsx('coachEval.ts', argv);
}

describe('npm run coach:eval', () => {
  it('keeps its table and row list, and --verbose lists each false alarm and miss by rule', () => {
    const plain = evalCoach(join(dir, 'sample.csv'));
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/^rule\s+TP\s+FP\s+FN\s+precision\s+recall$/m);
    expect(plain.stdout).toMatch(/^gameable-metric\s+0\s+1\s+0\s+0\.00\s+-\s*$/m);
    expect(plain.stdout).toMatch(/^external-commitment\s+0\s+0\s+1\s+-\s+0\.00$/m);
    expect(plain.stdout).toContain('3 rows; 2 with a miss or false alarm:');
    expect(plain.stdout).not.toContain('false alarm row');

    const verbose = evalCoach(join(dir, 'sample.csv'), '--verbose');
    expect(verbose.stdout).toContain('gameable-metric: 1 false alarm(s), 0 miss(es)');
    expect(verbose.stdout).toContain('false alarm row 2: "Raise test coverage from 60% to 80%"');
    expect(verbose.stdout).toMatch(/the coach said: Test coverage: an activity metric/);
    expect(verbose.stdout).toContain('external-commitment: 0 false alarm(s), 1 miss(es)');
    expect(verbose.stdout).toContain('miss row 3: "Reduce P1 incidents from 8 to 2"');
  }, 30_000);

  it('measures several files as one sample', () => {
    const both = evalCoach(join(dir, 'sample.csv'), join(dir, 'sample.csv'));
    expect(both.stdout).toContain('6 rows; 4 with a miss or false alarm:');
    expect(both.stdout).toMatch(/sample\.csv row 2:/);
  }, 30_000);
});
