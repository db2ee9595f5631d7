import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port); `extra` answers its own requests
 * first and returns false for everything else.
 */
export function startStaticServer(
  root: string,
  port?: number,
  extra?: (req: IncomingMessage, res: ServerResponse, origin: string) => Promise<boolean>,
): Promise<{ url: string; close: () => Promise<void> }>;
