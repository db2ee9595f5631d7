/*
 * Building a zod schema is not free: the renderer's start evaluates every schema module on its
 * static import graph, and building their schemas at load cost 40-76 ms of main-thread time per
 * cold start (issue 18), before the first screen could be drawn. A schema wrapped here is built
 * the first time anything reads it (a parse, a `.pick`, another schema parsing through it), so
 * the start pays only for the schemas its first reads use.
 */

/**
 * A schema built on first use and kept: `build` runs at most once. The result stands in for the
 * schema everywhere (`x.parse(...)`, `x.pick(...)`, `z.infer<typeof x>`, nesting `x` in another
 * schema), because every read of a property is answered by the built schema. zod installs its
 * methods bound to their own instance and finds a nested schema through its `_zod` internals,
 * both of which reach the built schema through the stand-in.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => (built ??= build());
  // The target is never read: every trap answers from the built schema. A descriptor is
  // reported configurable because a proxy may not claim a fixed property its target lacks.
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(schema(), key),
    set: (_target, key, value) => Reflect.set(schema(), key, value),
    has: (_target, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
