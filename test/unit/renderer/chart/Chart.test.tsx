import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { confidenceChart, keyResultValueChart } from '@shared/charts/krCharts';
import { chartToSvg } from '@shared/charts/svg';
import type { KeyResultValueChartInput } from '@shared/charts/krCharts';
import { Chart } from '../../../../renderer/src/components/chart/Chart';

const HOSTILE = '<img src=x onerror=alert(1)>';

const LCP: KeyResultValueChartInput = {
  title: 'Checkout p75 LCP',
  unit: 's',
  baseline: 3.2,
  target: 1.5,
  start: '2027-01-04',
  end: '2027-03-28',
  today: '2027-03-01',
  points: [
    { date: '2027-01-11', value: 3.1 },
    { date: '2027-01-25', value: 2.9 },
    { date: '2027-02-14', value: 2.4 },
    { date: '2027-02-28', value: 2.1 },
  ],
};

describe('Chart', () => {
  it('is an image named by the title and described by the text alternative', () => {
    const model = keyResultValueChart(LCP);
    render(<Chart model={model} />);
    const image = screen.getByRole('img', { name: /^Checkout p75 LCP/ });
    expect(image).toHaveAccessibleName(`${model.title} ${model.description}`);
    expect(image.querySelector('title')?.textContent).toBe('Checkout p75 LCP');
    expect(image.querySelector('desc')?.textContent).toBe(model.description);
    expect(image).toHaveAttribute('viewBox', '0 0 640 260');
    expect(image).toHaveAttribute('width', '100%');
  });

  it('shows axes, units, today and the legend', () => {
    const { container } = render(<Chart model={keyResultValueChart(LCP)} />);
    const svgText = container.querySelector('svg')?.textContent ?? '';
    for (const label of ['Value (s)', '4 Jan', '1 Feb', '28 Mar', '1.5', '3', 'Today']) {
      expect(svgText).toContain(label);
    }
    const legend = container.querySelector('.chart__legend') as HTMLElement;
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Check-ins', 'Expected path', 'Target 1.5 s']);
  });

  it('lists every point of every series in a visually hidden table captioned by the title', () => {
    const model = keyResultValueChart(LCP);
    render(<Chart model={model} />);
    const table = screen.getByRole('table', { name: 'Checkout p75 LCP' });
    expect(table).toHaveClass('visually-hidden');
    const rows = within(table).getAllByRole('row').slice(1); // after the header row
    const pointCount = model.series.reduce((n, s) => n + s.points.length, 0);
    expect(pointCount).toBe(4 + 2 + 2);
    expect(rows).toHaveLength(pointCount);
    expect(rows.map((r) => r.textContent)).toContain('Check-ins28 Feb2.1 s');
    expect(within(table).getAllByRole('rowheader', { name: 'Check-ins' })).toHaveLength(4);
  });

  it('says so when there is nothing to list', () => {
    const model = keyResultValueChart({ ...LCP, baseline: null, target: null, points: [] });
    render(<Chart model={model} />);
    const table = screen.getByRole('table', { name: 'Checkout p75 LCP' });
    expect(within(table).getByText('No data yet')).toBeInTheDocument();
    expect(document.querySelector('.chart__legend')).toBeNull();
  });

  it('shows hostile text as text, never as markup', () => {
    const model = keyResultValueChart({ ...LCP, title: HOSTILE, unit: '<b>s</b>' });
    const { container } = render(<Chart model={model} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(
      screen.getByRole('img', { name: new RegExp(`^${escapeRegExp(HOSTILE)}`) }),
    ).toBeVisible();
    expect(screen.getByRole('table', { name: HOSTILE })).toBeInTheDocument();
    expect(container.querySelector('svg')?.textContent).toContain('Value (<b>s</b>)');
  });

  it('gives each chart on a page its own title and desc ids', () => {
    render(
      <>
        <Chart model={keyResultValueChart(LCP)} />
        <Chart model={confidenceChart({ ...LCP, title: 'Confidence' })} />
      </>,
    );
    const images = screen.getAllByRole('img');
    expect(images).toHaveLength(2);
    const ids = images.map((svg) => svg.getAttribute('aria-labelledby'));
    expect(new Set(ids).size).toBe(2);
    expect(images[1]).toHaveAccessibleName(/^Confidence Confidence \(%\)/);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('chartToSvg output in a browser DOM', () => {
  it('parses as well-formed SVG that keeps hostile text as text', () => {
    const model = keyResultValueChart({ ...LCP, title: HOSTILE, unit: `"ms'&` });
    const doc = new DOMParser().parseFromString(chartToSvg(model), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const svg = doc.documentElement;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.querySelector('img')).toBeNull();
    const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(svg.querySelector(`[id="${titleId}"]`)?.textContent).toBe(HOSTILE);
    expect(svg.querySelector(`[id="${descId}"]`)?.textContent).toBe(model.description);
    expect(svg.textContent).toContain(`Value ("ms'&)`);
  });
});

describe('Chart with one confidence reading', () => {
  it('draws the lone reading as a dot, as the exported SVG does', () => {
    const { container } = render(
      <Chart
        model={keyResultValueChart({ ...LCP, confidence: [{ date: '2027-01-11', value: 70 }] })}
      />,
    );
    expect(container.querySelectorAll('circle[fill="#c26d00"]')).toHaveLength(1);
  });
});
