import { useEffect, useRef, useState } from 'react';

/** Widths are rounded to this step so that dragging a window does not rebuild a chart per pixel. */
const STEP = 8;

/**
 * The width of the element behind `ref`, kept up to date with a ResizeObserver; `fallback`
 * until it is measured (and where there is no ResizeObserver). Build the chart model at this
 * width so that its text keeps its size instead of being scaled with the SVG.
 */
export function useChartWidth<T extends Element = HTMLDivElement>(fallback = 640) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
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
  return { ref, width };
}
