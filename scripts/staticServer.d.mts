/** Serves `root` on 127.0.0.1:`port` (0 picks a free port). */
export function startStaticServer(
  root: string,
  port?: number,
): Promise<{ url: string; close: () => Promise<void> }>;
