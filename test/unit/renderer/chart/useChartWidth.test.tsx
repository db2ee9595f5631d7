import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useChartWidth } from '../../../../renderer/src/components/chart/useChartWidth';

function Probe() {
  const { ref, width } = useChartWidth();
  return <div ref={ref}>width {width}</div>;
}

type Listener = (entries: { contentRect: { width: number } }[]) => void;

afterEach(() => vi.unstubAllGlobals());

describe('useChartWidth', () => {
  it('starts at the fallback and follows the element once measured', () => {
    let listener: Listener = () => {};
    const disconnect = vi.fn();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: Listener) {
          listener = callback;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    const { unmount } = render(<Probe />);
    expect(screen.getByText('width 640')).toBeInTheDocument();
    act(() => listener([{ contentRect: { width: 483 } }]));
    expect(screen.getByText('width 480')).toBeInTheDocument();
    act(() => listener([{ contentRect: { width: 0 } }])); // hidden: keep the last width
    expect(screen.getByText('width 480')).toBeInTheDocument();
    unmount();
    expect(disconnect).toHaveBeenCalled();
  });

  it('keeps the fallback where there is no ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    render(<Probe />);
    expect(screen.getByText('width 640')).toBeInTheDocument();
  });
});
