import * as z from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { lazySchema } from '../../../shared/domain/lazySchema';

describe('a schema built on first use', () => {
  it('is not built until read, then built once however it is used', () => {
    const build = vi.fn(() => z.object({ name: z.string().min(1), count: z.number().int() }));
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();

    expect(schema.parse({ name: 'Payments', count: 3 })).toEqual({ name: 'Payments', count: 3 });
    expect(schema.safeParse({ name: '', count: 1.5 }).success).toBe(false);
    const { parse } = schema; // a detached method keeps its schema
    expect(() => parse({ name: 'x', count: 'two' })).toThrow(z.ZodError);
    expect(schema.pick({ name: true }).parse({ name: 'Data', count: 'ignored' })).toEqual({
      name: 'Data',
    });
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('validates the same nested in another schema, in a union and as a zod type', () => {
    const entry = lazySchema(() => z.object({ id: z.string().uuid() }));
    const kind = lazySchema(() => z.enum(['team', 'group']));
    const outer = z.object({
      entries: z.array(entry),
      kind,
      either: z.union([entry, z.literal('none')]),
    });
    const id = '7f0c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f';
    expect(outer.parse({ entries: [{ id }], kind: 'team', either: 'none' }).entries).toEqual([
      { id },
    ]);
    const bad = outer.safeParse({ entries: [{ id: 'nope' }], kind: 'org', either: { id } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'entries.0.id',
      'kind',
    ]);
    expect(kind instanceof z.ZodType).toBe(true);
    expect(kind.options).toEqual(['team', 'group']);
  });
});
