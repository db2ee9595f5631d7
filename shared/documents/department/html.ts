import { formatDate } from '../../domain/format';
import { CSP, cssString } from '../html';
import { e, row, table } from '../htmlParts';
import { REVIEW_CSS } from '../htmlStyle';
import type { DepartmentReview, DepartmentTreeLine } from './model';

const TREE_CSS = `
.tree { list-style: none; padding: 0; margin: 0 0 12px; }
.tree li { display: flex; gap: 10px; align-items: baseline; padding: 4px 0; border-bottom: 1px solid var(--line); }
.tree .title { flex: 1 1 auto; }
.tree .owner { display: block; color: var(--muted); font-size: 12px; }
.tree .figures { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.tree .rollup { display: block; color: var(--accent); font-style: italic; font-size: 12px; }
.tree .kr { color: var(--muted); font-size: 13px; }
.status { font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 999px; background: var(--none-bg); color: var(--none-ink); white-space: nowrap; }
.status.at-risk, .status.failed { background: var(--bad-bg); color: var(--bad-ink); }
.status.on-track, .status.strong { background: var(--good-bg); color: var(--good-ink); }
.status.short { background: var(--warn-bg); color: var(--warn-ink); }
.status.perfect { background: var(--info-bg); color: var(--info-ink); }
`;

function tree(lines: readonly DepartmentTreeLine[]): string {
  const items = lines.map((line) => {
    const pad = ` style="padding-left:${line.depth * 22}px"`;
    const title =
      line.kind === 'objective'
        ? `<strong>${e(line.title)}</strong><span class="owner">${e(line.owner)}</span>`
        : `<span class="kr">KR: ${e(line.title)}</span>`;
    const rollUp = line.rollUp ? `<span class="rollup">${e(line.rollUp)}</span>` : '';
    return `<li${pad}><span class="title">${title}</span><span class="figures">${e(line.figures)}${rollUp}</span><span class="status ${line.status}">${e(line.statusLabel)}</span></li>`;
  });
  return `<ul class="tree">${items.join('')}</ul>`;
}

/**
 * The department review as one self-contained HTML page: the alignment tree, each team's line
 * with a link to its own review (a sibling file), and the dependencies that failed.
 */
export function departmentToHtml(review: DepartmentReview): string {
  const title = `Department review · ${review.quarter}`;
  const teams = review.teams.map((t) =>
    row(
      [
        e(t.ownerLabel),
        e(t.overallScoreText),
        e(t.distribution.map((d) => `${d.count} ${d.label.toLowerCase()}`).join(', ') || '–'),
        t.headline ? e(t.headline) : '<span class="muted">–</span>',
        `<a href="${e(encodeURI(t.reviewFiles.html))}">${e(t.reviewFiles.html)}</a>`,
      ],
      [null, 'num'],
    ),
  );
  const failed =
    review.failedDependencies.length === 0
      ? '<p class="muted">None.</p>'
      : `<ul>${review.failedDependencies
          .map(
            (d) =>
              `<li>${e(`${d.from} needed “${d.need}” from ${d.to} by ${d.byDate}: ${d.label}.`)}</li>`,
          )
          .join('')}</ul>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${e(title)}</title>
<style>${REVIEW_CSS.replace('"__RUNNING__"', cssString(title))}${TREE_CSS}</style></head>
<body><main>
<header class="cover"><p class="eyebrow">Department review</p><h1>${e(review.quarter)}</h1>
<p class="cover-meta">Generated ${e(formatDate(review.generatedAt))} · ${
    review.mode === 'scores' ? 'final scores' : 'progress and confidence so far'
  }</p></header>
<section><h2>Alignment</h2>${review.tree.length > 0 ? tree(review.tree) : '<p class="muted">No objectives yet.</p>'}
${review.unaligned.length > 0 ? `<h3>Not aligned to a higher-level objective</h3>${tree(review.unaligned)}` : ''}</section>
<section><h2>Teams</h2>${table(['Team', 'Score', 'Key results by band', 'Headline', 'Review'], teams, [1])}</section>
<section><h2>Dependencies that failed</h2>${failed}</section>
</main></body></html>
`;
}
