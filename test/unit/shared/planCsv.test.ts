import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/domain/csv';
import {
  csvPlanSchema,
  parsePlanCsv,
  planCsvRowSchema,
  readPlanRows,
  type PlanCsvResult,
} from '../../../shared/domain/planCsv';
import { parsePlanDirection } from '../../../shared/domain/planCsvCells';

function ok(result: PlanCsvResult) {
  if (!result.ok) throw new Error(`expected a plan, got: ${result.error.message}`);
  return result;
}

describe('parseCsv (RFC 4180)', () => {
  it('handles quotes, doubled quotes, commas and newlines in quoted fields', () => {
    const result = parseCsv('a,b,c\n"x, y","say ""hi""","two\nlines"\n');
    expect(result).toEqual({
      ok: true,
      records: [
        { fields: ['a', 'b', 'c'], line: 1 },
        { fields: ['x, y', 'say "hi"', 'two\nlines'], line: 2 },
      ],
    });
  });

  it('strips a BOM, accepts CRLF and a missing final newline', () => {
    const result = parseCsv('\uFEFFa,b\r\n1,2\r\n3,');
    expect(result.ok && result.records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', ''],
    ]);
  });

  it('marks a record with text after a closing quote instead of joining it silently', () => {
    const result = parseCsv('a,b\nx,"y"z\n1,"2" \n');
    expect(result).toEqual({
      ok: true,
      records: [
        { fields: ['a', 'b'], line: 1 },
        {
          fields: ['x', 'yz'],
          line: 2,
          problem: {
            field: 1,
            message:
              'text after a closing quote ("y"z…): a quote inside a quoted field is written twice ("")',
          },
        },
        // Spaces after a closing quote are layout, not data.
        { fields: ['1', '2'], line: 3 },
      ],
    });
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsv('12" screen,2\n')).toEqual({
      ok: true,
      records: [{ fields: ['12" screen', '2'], line: 1 }],
    });
  });

  it('reports a quote that never closes', () => {
    expect(parseCsv('a\n"open\n')).toMatchObject({ ok: false, line: 2 });
  });
});

describe('cell parsers', () => {
  it('reads number cells as every door reads numbers (see numbers.test.ts)', () => {
    const csv = 'objective,key_result,baseline,target\nFast,Cut,"3,5",1 200\nFast,Grow,1.5e3,80%\n';
    expect(
      ok(parsePlanCsv(csv)).plan.objectives[0]?.keyResults.map((k) => [k.baseline, k.target]),
    ).toEqual([
      [3.5, 1200],
      [1500, 80],
    ]);
  });

  it('says where the unit goes when a number cell carries one, and refuses overflow', () => {
    const csv = `objective,key_result,baseline,target\nFast,Cut,12 ms,${'9'.repeat(400)}\n`;
    expect(ok(parsePlanCsv(csv)).errors).toEqual([
      {
        row: 2,
        column: 'baseline',
        message: '"12 ms" is not a number (write the unit in the unit column)',
      },
      { row: 2, column: 'target', message: expect.stringContaining('is too large a number') },
    ]);
  });

  it.each([
    ['up', 'increase'],
    ['Higher', 'increase'],
    ['DOWN', 'decrease'],
    ['lower', 'decrease'],
    ['', null],
  ])('reads direction %j as %j', (raw, value) => {
    expect(parsePlanDirection(raw)).toEqual({ ok: true, value });
  });
});

describe('parsePlanCsv', () => {
  const header = 'Objective,KEY_RESULT,baseline,target,direction,owner,objective_type\n';

  it('groups rows by objective, in any column order and case, with objective-only rows', () => {
    const csv =
      'Key Result,Objective,Objective_Type,Team\n' +
      'Cut MTTR from 2 h to 30 min,Recover fast,aspirational,SRE\n' +
      ',Customers trust us,committed,SRE\n' +
      'Reduce P1 incidents from 8 to 2,Recover fast,,SRE\n';
    const { plan, errors } = ok(parsePlanCsv(csv));
    expect(errors).toEqual([]);
    expect(plan.objectives.map((o) => [o.title, o.kind, o.keyResults.map((k) => k.title)])).toEqual(
      [
        [
          'Recover fast',
          'aspirational',
          ['Cut MTTR from 2 h to 30 min', 'Reduce P1 incidents from 8 to 2'],
        ],
        ['Customers trust us', 'committed', []],
      ],
    );
    expect(plan.objectives[0]?.keyResults[1]?.row).toBe(4);
  });

  it('reads rows and plans that match their schemas', () => {
    const csv =
      'team,quarter,objective,objective_type,parent_objective,key_result,metric,unit,baseline,target,direction,owner,notes\n' +
      'SRE,2027-Q1,Recover fast,aspirational,Be reliable,Cut MTTR,MTTR,min,120,30,down,Ana,x\n' +
      'SRE,2027-Q1,Recover fast,,,Fewer pages,,,,,,,\n';
    const read = readPlanRows(csv);
    if (!read.ok) throw new Error(read.error.message);
    for (const row of read.rows) expect(planCsvRowSchema.parse(row)).toEqual(row);
    const { plan } = ok(parsePlanCsv(csv));
    expect(csvPlanSchema.parse(plan)).toEqual(plan);
    expect(plan.objectives[0]?.keyResults).toHaveLength(2);
  });

  it('keeps quoted commas and newlines inside a key result', () => {
    const csv = `${header}Fast,"Cut p95 CI duration, main branch,\nfrom 42 min to 15 min",42,15,down,"Ops, Inc",\n`;
    const kr = ok(parsePlanCsv(csv)).plan.objectives[0]?.keyResults[0];
    expect(kr).toMatchObject({
      title: 'Cut p95 CI duration, main branch,\nfrom 42 min to 15 min',
      baseline: 42,
      target: 15,
      direction: 'decrease',
      owner: 'Ops, Inc',
    });
  });

  it('reports a bad number, an unknown direction and an unknown type with row and column', () => {
    const csv = `${header}Fast,Cut build time,12abc,8,sideways,,stretchy\n`;
    const result = ok(parsePlanCsv(csv));
    expect(result.errors).toEqual([
      { row: 2, column: 'objective_type', message: expect.stringContaining('stretchy') },
      { row: 2, column: 'baseline', message: expect.stringContaining('"12abc" is not a number') },
      { row: 2, column: 'direction', message: expect.stringContaining('sideways') },
    ]);
    expect(result.plan.objectives[0]?.keyResults[0]).toMatchObject({
      baseline: null,
      target: 8,
      direction: null,
    });
  });

  it('reports a row with no objective and skips blank rows', () => {
    const result = ok(parsePlanCsv(`${header}\n,Orphan KR,1,2,up,,\n,,,,,,\n`));
    expect(result.errors).toEqual([
      { row: 3, column: 'objective', message: 'the objective is missing' },
    ]);
    expect(result.plan.objectives).toEqual([]);
  });

  it('ignores unknown columns with a warning and keeps them on the row', () => {
    const result = ok(parsePlanCsv('objective,notes\nFast,remember\n'));
    expect(result.warnings).toEqual([
      { row: 1, column: 'notes', message: 'unknown column "notes" is ignored' },
    ]);
  });

  it('fails without an objective column, on an empty file and on an open quote', () => {
    expect(parsePlanCsv('team,key_result\nA,B\n')).toMatchObject({
      ok: false,
      error: { column: 'objective' },
    });
    expect(parsePlanCsv('')).toMatchObject({ ok: false, error: { message: 'the file is empty' } });
    expect(parsePlanCsv('objective\n"Fast\n')).toMatchObject({ ok: false, error: { row: 2 } });
  });

  it('reports malformed quoting as an error naming its row and column, and reads the rest', () => {
    const result = ok(
      parsePlanCsv(`${header}Fast,"Cut build "time",12,8,down,,\nFast,Cut flakes,9,2,down,,\n`),
    );
    expect(result.errors).toEqual([
      { row: 2, column: 'key_result', message: expect.stringContaining('after a closing quote') },
    ]);
    expect(result.plan.objectives[0]?.keyResults.map((k) => k.title)).toEqual(['Cut flakes']);
    expect(parsePlanCsv('objective,"key"_result\nFast,A\n')).toMatchObject({
      ok: false,
      error: { row: 1, message: expect.stringContaining('after a closing quote') },
    });
  });

  it('reads a BOM and CRLF file', () => {
    const result = ok(
      parsePlanCsv('\uFEFFobjective,key_result\r\nFast,Cut build time from 25 min to 8 min\r\n'),
    );
    expect(result.plan.objectives[0]?.title).toBe('Fast');
  });

  it('keeps teams and quarters apart and warns when an objective row contradicts an earlier one', () => {
    const csv =
      'team,quarter,objective,objective_type\n' +
      'A,2027-Q1,Fast,committed\n' +
      'B,2027-Q1,Fast,committed\n' +
      'A,2027-Q1,fast,aspirational\n';
    const result = ok(parsePlanCsv(csv));
    expect(result.plan.objectives.map((o) => o.team)).toEqual(['A', 'B']);
    expect(result.warnings).toEqual([
      { row: 4, column: 'objective_type', message: 'differs from row 2; "committed" is used' },
    ]);
  });
});
