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
