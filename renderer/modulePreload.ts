/**
 * How the renderer's build preloads modules: the page's own `<link rel="modulepreload">` tags for
 * the scripts a start needs (so they download side by side), but no tags added at run time for
 * the chunks a lazy screen imports. The shell preloads those screens when the window is idle
 * (`app/lazyScreens.ts`); each would otherwise leave a tag per dependency in the document for
 * good (dozens of nodes on every screen) to save a moment on a local file read.
 */
export const rendererModulePreload = {
  resolveDependencies: (_file: string, deps: string[], context: { hostType: 'html' | 'js' }) =>
    context.hostType === 'html' ? deps : [],
};

/**
 * How the renderer's code is split: everything a start runs (the entry and what it imports
 * statically) in one chunk, the lazy screens and dialogs in chunks of their own. Left to itself
 * the bundler cuts the start's code into some thirty shared chunks, and a page served over HTTP
 * fetches those six at a time (the browser's connections per host): waves of round trips before
 * the first line runs, about 300 ms of a cold start on a busy machine. One file costs one.
 */
export const rendererCodeSplitting = {
  groups: [{ name: 'start', tags: ['$initial' as const] }],
};
