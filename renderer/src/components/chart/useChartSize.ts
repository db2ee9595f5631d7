import { useEffect, useRef, useState } from 'react';

/** Widths are rounded to this step so that dragging a window does not rebuild a chart per pixel. */
const STEP = 8;

/** A chart's height, in CSS px, at its tallest (a laptop or larger) and at its shortest. */
const TALLEST = 260;
const SHORTEST = 140;
/** The share of the window's height a chart may take, so a short window keeps room for the rest. */
const SHARE_OF_WINDOW = 0.32;

/**
 * How tall a chart is drawn in a window `windowHeight` CSS px high: a third of it, between
 * {@link SHORTEST} and {@link TALLEST}. At 640×360 (200% zoom on a laptop) a chart leaves the
 * screen's heading and its form in view; on a laptop it is as tall as ever.
 */
export function chartHeightFor(windowHeight: number): number {
  const share = Math.round((windowHeight * SHARE_OF_WINDOW) / STEP) * STEP;
  return Math.min(TALLEST, Math.max(SHORTEST, share));
}

function windowHeight(): number {
  return typeof window === 'undefined' ? 800 : window.innerHeight;
}

/**
 * The width of the element behind `ref`, kept up to date with a ResizeObserver; `fallback`
 * until it is measured (and where there is no ResizeObserver); and the height a chart may take
 * in the window as it is now. Build the chart model at this size so that its text keeps its size
 * instead of being scaled with the SVG.
 */
export function useChartSize<T extends Element = HTMLDivElement>(fallback = 640) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  const [height, setHeight] = useState(() => chartHeightFor(windowHeight()));
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width ?? 0;
      if (measured > 0) setWidth(Math.round(measured / STEP) * STEP);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    const follow = () => setHeight(chartHeightFor(window.innerHeight));
    window.addEventListener('resize', follow);
    return () => window.removeEventListener('resize', follow);
  }, []);
  return { ref, width, height };
}
