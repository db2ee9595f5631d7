import type { UiView } from '../state/uiStore';

/** What a person can paste into a bug report when a screen could not be shown. */
export type RenderFailure = {
  error: unknown;
  /** React's component stack: which component threw, inside which. */
  componentStack: string;
  view: UiView;
  appVersion: string;
  userAgent: string;
  at: Date;
};

/**
 * The error details as plain text: app version, when, which screen, the error and both stacks.
 * No data the person typed, only the ids of the team and quarter on screen.
 */
export function describeRenderFailure(failure: RenderFailure): string {
  const { error, componentStack, view, appVersion, userAgent, at } = failure;
  const screen =
    view.phase === 'checkins' ? `${view.phase} (${view.checkInView.kind})` : view.phase;
  const where = [
    screen,
    view.teamId && `team ${view.teamId}`,
    view.cycleId && `quarter ${view.cycleId}`,
  ].filter(Boolean);
  const lines = [
    `Quarterdeck ${appVersion} could not show a screen.`,
    `Time: ${at.toISOString()}`,
    `Screen: ${where.join('; ')}`,
    `Host: ${userAgent}`,
    errorSummary(error),
  ];
  const stack = error instanceof Error ? error.stack : undefined;
  if (stack) lines.push('', 'Stack:', stack.trim());
  if (componentStack.trim()) lines.push('', 'Components:', componentStack.trim());
  return `${lines.join('\n')}\n`;
}

/** `Error: Chart "x": start "0000-01-01" is not a YYYY-MM-DD date.`, whatever was thrown. */
export function errorSummary(error: unknown): string {
  if (error instanceof Error) {
    return error.name === 'Error'
      ? `Error: ${error.message}`
      : `Error: ${error.name}: ${error.message}`;
  }
  try {
    return `Error: a non-error was thrown: ${JSON.stringify(error)}`;
  } catch {
    return `Error: a non-error was thrown: ${String(error)}`;
  }
}
