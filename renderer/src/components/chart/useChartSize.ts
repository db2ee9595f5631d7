import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

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

/** The browser's usual root font size, against which the person's text size is measured. */
const USUAL_TEXT_PX = 16;

/** How much larger than usual the person's text is: 2 at 200 % text, 1 where unknown. */
export function textScaleOf(rootFontSize: string): number {
  const px = parseFloat(rootFontSize);
  return Number.isFinite(px) && px > 0 ? px / USUAL_TEXT_PX : 1;
}

function currentTextScale(): number {
  if (typeof document === 'undefined') return 1;
  return textScaleOf(getComputedStyle(document.documentElement).fontSize);
}

/**
 * Calls `changed` whenever the root font size changes (the person's text size, or the larger
 * type of a projector-sized window): a hidden box 1rem wide is watched for a new width.
 */
function subscribeToTextSize(changed: () => void): () => void {
  if (typeof document === 'undefined' || typeof ResizeObserver === 'undefined') return () => {};
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText =
    'position:absolute;visibility:hidden;pointer-events:none;top:0;left:0;width:1rem;height:1px;';
  document.body.append(probe);
  const observer = new ResizeObserver(changed);
  observer.observe(probe);
  return () => {
    observer.disconnect();
    probe.remove();
  };
}

/** The person's text size against the usual, followed as it changes. */
function useTextScale(): number {
  return useSyncExternalStore(subscribeToTextSize, currentTextScale, () => 1);
}

/**
 * The width of the element behind `ref`, kept up to date with a ResizeObserver; `fallback`
 * until it is measured (and where there is no ResizeObserver); and the height a chart may take
 * in the window as it is now. Build the chart model at this size so that its text keeps its size
 * instead of being scaled with the SVG. Both are in the chart's own units: at a larger text size
 * (200 % text: two CSS px to a unit) the model is drawn that much smaller and the SVG scales it up
 * to the box, so its labels grow with the rest of the text and are laid out not to overlap at
 * that size (a model never goes below its least size, so a chart with large text is taller).
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
  const scale = useTextScale();
  return { ref, width: Math.round(width / scale), height: Math.round(height / scale) };
}
