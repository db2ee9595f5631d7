import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  chartHeightFor,
  useChartSize,
} from '../../../../renderer/src/components/chart/useChartSize';

function Probe() {
  const { ref, width, height } = useChartSize();
  return (
    <div ref={ref}>
      <p>width {width}</p>
      <p>height {height}</p>
    </div>
  );
}

type Listener = (entries: { contentRect: { width: number } }[]) => void;

afterEach(() => vi.unstubAllGlobals());

describe('useChartSize', () => {
  it('starts at the fallback and follows the element once measured', () => {
    let listener: Listener = () => {};
    const disconnect = vi.fn();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly callback: Listener) {}
        // The chart's own box; not the hidden probe that follows the text size.
        observe(element: Element) {
          if (!element.hasAttribute('aria-hidden')) listener = this.callback;
        }
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

  it('draws a shorter chart in a short window, and follows the window as it changes', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    vi.stubGlobal('innerHeight', 800);
    render(<Probe />);
    expect(screen.getByText('height 256')).toBeInTheDocument();
    // 200% zoom on a 1280×720 laptop: a third of 360 px would be too short to read; the floor.
    vi.stubGlobal('innerHeight', 360);
    act(() => {
      window.dispatchEvent(new Event('resize'));
    });
    expect(screen.getByText('height 140')).toBeInTheDocument();
  });
});

describe('useChartSize with large text', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  it('draws the chart in larger units at 200% text, so its labels grow with the text', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    vi.stubGlobal('innerHeight', 800);
    document.documentElement.style.setProperty('font-size', '32px');
    render(<Probe />);
    // Half as many units across and down: the SVG scales them back up to the box, text and all.
    expect(screen.getByText('width 320')).toBeInTheDocument();
    expect(screen.getByText('height 128')).toBeInTheDocument();
  });
});

describe('chartHeightFor', () => {
  it('takes about a third of the window, never taller than a laptop chart nor unreadably short', () => {
    expect(chartHeightFor(1080)).toBe(260);
    expect(chartHeightFor(720)).toBe(232);
    expect(chartHeightFor(540)).toBe(176);
    expect(chartHeightFor(360)).toBe(140);
    expect(chartHeightFor(0)).toBe(140);
  });
});
