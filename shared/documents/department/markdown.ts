import { formatDate } from '../../domain/format';
import { escapeMarkdownInline, escapeMarkdownLine, mdCell, mdTable } from '../markdownText';
import type { DepartmentReview, DepartmentTreeLine } from './model';

function treeLines(lines: readonly DepartmentTreeLine[]): string[] {
  return lines.map((line) => {
    const indent = '  '.repeat(line.depth);
    const title = escapeMarkdownInline(line.title);
    const head = line.kind === 'objective' ? `**${title}** (${line.owner})` : `KR: ${title}`;
    const rollUp = line.rollUp ? ` · _${escapeMarkdownInline(line.rollUp)}_` : '';
    return `${indent}- ${head}: ${line.figures} · ${line.statusLabel}${rollUp}`;
  });
}

/**
 * The department review as Markdown: the alignment tree with figures and roll-ups, each team's
 * one-line summary with a link to its own review, and the dependencies that failed.
 */
export function departmentToMarkdown(review: DepartmentReview): string {
  const out: string[] = [
    `# Department review · ${escapeMarkdownInline(review.quarter)}`,
    `Every team's ${escapeMarkdownInline(review.quarter)} · generated ${formatDate(review.generatedAt)} · ${
      review.mode === 'scores' ? 'final scores' : 'progress and confidence so far'
    }`,
    '## Alignment',
  ];
  out.push(review.tree.length > 0 ? treeLines(review.tree).join('\n') : '_No objectives yet._');
  if (review.unaligned.length > 0) {
    out.push('### Not aligned to a higher-level objective', treeLines(review.unaligned).join('\n'));
  }
  out.push('## Teams');
  out.push(
    mdTable(
      ['Team', 'Score', 'Key results by band', 'Headline', 'Review'],
      review.teams.map((t) => [
        mdCell(t.ownerLabel),
        t.overallScoreText,
        t.distribution.map((d) => `${d.count} ${d.label.toLowerCase()}`).join(', ') || '–',
        t.headline ? mdCell(t.headline) : '–',
        `[${mdCell(t.reviewFiles.md)}](${encodeURI(t.reviewFiles.md)})`,
      ]),
      [1],
    ),
  );
  out.push('## Dependencies that failed');
  out.push(
    review.failedDependencies.length === 0
      ? 'None.'
      : review.failedDependencies
          .map((d) =>
            escapeMarkdownLine(
              `${d.from} needed “${d.need}” from ${d.to} by ${d.byDate}: ${d.label}.`,
            ),
          )
          .map((line) => `- ${line}`)
          .join('\n'),
  );
  return `${out.join('\n\n')}\n`;
}
