import { describe, expect, it } from 'vitest';
import { keyResultValueChart } from '@shared/charts/krCharts';
import { chartToSvg, escapeXml } from '@shared/charts/svg';
import { LCP } from './fixtures';

const HOSTILE = '<img src=x onerror=alert(1)>';
const ELEMENTS = new Set(['svg', 'title', 'desc', 'rect', 'g', 'line', 'text', 'path', 'circle']);

/** Every tag name in the markup: anything outside the chart's own vocabulary was injected. */
function tagNames(svg: string): string[] {
  return [...svg.matchAll(/<\/?([^\s/>]+)/g)].map((m) => m[1]!);
}

function hostileSvg(): string {
  return chartToSvg(
    keyResultValueChart({
      ...LCP,
      title: HOSTILE,
      unit: `"ms'&<b>`,
    }),
    { idPrefix: 'kr-1' },
  );
}

describe('escapeXml', () => {
  it('escapes the five XML specials and drops control characters', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(escapeXml('bell\u0007tab\t')).toBe('belltab\t');
  });
});

describe('chartToSvg', () => {
  it('is a standalone, accessible image: xmlns, viewBox, role, title and desc by id', () => {
    const svg = chartToSvg(keyResultValueChart(LCP), { idPrefix: 'kr-7' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 640 \d+"/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="kr-7-title kr-7-desc"');
    expect(svg).toContain('<title id="kr-7-title">Checkout p75 LCP</title>');
    expect(svg).toContain(
      '<desc id="kr-7-desc">Checkout p75 LCP (s) from 4 Jan to 28 Mar: 4 check-ins',
    );
    expect(svg).toContain('font-family="system-ui, sans-serif"');
  });

  it('uses presentation attributes only, no CSS or external resources', () => {
    const svg = chartToSvg(keyResultValueChart(LCP));
    expect(svg).not.toMatch(/class=|style=|<style|href=|url\(|@import/);
    expect(new Set(tagNames(svg))).toEqual(ELEMENTS);
  });

  it('draws series in their colours: solid actual with markers, dashed expected, dotted target', () => {
    const svg = chartToSvg(keyResultValueChart(LCP));
    expect(svg).toMatch(/<path d="M[^"]+" fill="none" stroke="#2359c4" stroke-width="2.5" /);
    expect(svg).toMatch(/stroke="#8a94a6" stroke-width="2" stroke-dasharray="6 4"/);
    expect(svg).toMatch(/stroke="#1c7c4d" stroke-width="2" stroke-dasharray="2 3"/);
    expect(svg.match(/<circle [^>]*fill="#2359c4"/g)?.length).toBe(4 + 1); // 4 points + legend
    expect(svg).toContain('<title>Check-ins, 28 Feb: 2.1 s</title>');
  });

  it('writes hostile titles, units and labels as text', () => {
    const svg = hostileSvg();
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('&quot;ms&apos;&amp;&lt;b&gt;');
    expect(new Set(tagNames(svg))).toEqual(ELEMENTS);
  });

  it('makes ids safe and unique per chart', () => {
    const model = keyResultValueChart(LCP);
    const first = chartToSvg(model);
    const second = chartToSvg(model);
    const id = (svg: string) => /<title id="([^"]+)"/.exec(svg)?.[1];
    expect(id(first)).not.toBe(id(second));
    expect(chartToSvg(model, { idPrefix: '1 "x"' })).toContain('id="c-1--x--title"');
  });

  it('grows below the chart for the legend, wrapping long labels onto more rows', () => {
    const short = chartToSvg(keyResultValueChart(LCP));
    const long = chartToSvg(
      keyResultValueChart({ ...LCP, unit: 'requests per second at the edge, measured weekly' }),
    );
    const height = (svg: string) => Number(/viewBox="0 0 \d+ (\d+)"/.exec(svg)?.[1]);
    expect(height(short)).toBeGreaterThan(260);
    expect(height(long)).toBeGreaterThan(height(short));
  });
});

describe('chartToSvg with a confidence axis', () => {
  it('writes the secondary axis values and label on the right', () => {
    const model = keyResultValueChart({
      ...LCP,
      confidence: [{ date: '2027-01-11', value: 70 }],
    });
    const svg = chartToSvg(model);
    expect(svg).toContain('>100%</text>');
    expect(svg).toMatch(/text-anchor="end"[^>]*>Confidence<\/text>/);
    expect(svg).toContain('stroke="#c26d00"');
  });
});

describe('chartToSvg with one reading of a series without markers', () => {
  const confidenceDots = (svg: string) => svg.match(/<circle[^>]*fill="#c26d00"/g) ?? [];

  it('draws that lone confidence reading as a dot, since its line has no length', () => {
    const svg = chartToSvg(
      keyResultValueChart({ ...LCP, confidence: [{ date: '2027-01-11', value: 70 }] }),
    );
    expect(confidenceDots(svg)).toHaveLength(1);
  });

  it('keeps two or more confidence readings a plain line', () => {
    const svg = chartToSvg(
      keyResultValueChart({
        ...LCP,
        confidence: [
          { date: '2027-01-11', value: 70 },
          { date: '2027-01-25', value: 60 },
        ],
      }),
    );
    expect(confidenceDots(svg)).toHaveLength(0);
  });
});
