import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isScreenLoadError } from '../lib/retryableLazy';

/** What a fallback gets: the error, where React says it happened, and a way to try again. */
export type CaughtRenderError = {
  error: unknown;
  componentStack: string;
  /** Renders the children again, e.g. after navigating elsewhere. */
  reset: () => void;
};

type ErrorBoundaryProps = {
  children: ReactNode;
  fallback: (caught: CaughtRenderError) => ReactNode;
  /** Called once per error, after the fallback is on screen. */
  onError?: (error: unknown, componentStack: string) => void;
  /** When any of these change (the person went elsewhere), the children get another try. */
  resetKeys?: readonly unknown[];
};

type ErrorBoundaryState = { hasError: boolean; error: unknown; componentStack: string };

const CLEAR: ErrorBoundaryState = { hasError: false, error: null, componentStack: '' };

/**
 * Catches an error thrown while rendering its children and shows `fallback` in their place, so
 * one broken screen never leaves the window blank. A class: React has no hook for this.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = CLEAR;

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { hasError: true, error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const componentStack = info.componentStack ?? '';
    this.setState({ componentStack });
    // A screen whose code failed to load loads it again the next time it renders.
    if (isScreenLoadError(error)) error.prepareRetry();
    this.props.onError?.(error, componentStack);
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (!this.state.hasError) return;
    const keys = this.props.resetKeys ?? [];
    const before = previous.resetKeys ?? [];
    const changed = keys.length !== before.length || keys.some((k, i) => !Object.is(k, before[i]));
    if (changed) this.reset();
  }

  reset = (): void => {
    this.setState(CLEAR);
  };

  override render(): ReactNode {
    if (!this.state.hasError) return this.props.children;
    return this.props.fallback({
      error: this.state.error,
      componentStack: this.state.componentStack,
      reset: this.reset,
    });
  }
}
