import { stripControl } from './sanitize';
import type { KeyResultSection, ObjectiveSection, ReviewDocument } from './types';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * User text safe as Markdown inline text: `&`, `<` and `>` become entities (so raw HTML such
 * as `<img onerror=…>` stays text in every renderer) and Markdown punctuation is
 * backslash-escaped, `#`, `-`, `+` and `|` included.
 */
export function escapeMarkdownInline(text: string): string {
  return stripControl(text)
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c]!)
    .replace(/[\\`*_[\]()#+\-!|~{}]/g, '\\$&');
}

/**
 * One line of user text that starts a Markdown line: inline-escaped, and its start cannot open
 * a heading, list, ordered list, quote, setext rule or indented code block.
 */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdownInline(text.replace(/^\s+/, ''))
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^=/, '\\=');
}

/** User text in a table cell or heading: one line, whitespace collapsed. */
function cell(text: string): string {
  const line = escapeMarkdownInline(text.replace(/\s+/g, ' ').trim());
  return line === '' ? ' ' : line;
}

/** User text as a list item: one line, its start escaped too. */
function item(text: string): string {
  return escapeMarkdownLine(text.replace(/\s+/g, ' ').trim());
}

/** Multi-line user text as a paragraph with hard line breaks. */
function paragraph(text: string): string {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map(escapeMarkdownLine)
    .filter((line) => line !== '')
    .join('\\\n');
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function keyResult(kr: KeyResultSection): string {
  const out = [`### ${cell(kr.title)}`];
  const facts = [
    ['Metric', kr.metric ? cell(kr.metric) : '–'],
    ['Baseline → target', cell(kr.baselineToTarget)],
    ['Direction', kr.directionLabel],
    ['Final value', cell(kr.finalValueText)],
    ['Score', `**${kr.scoreText}** (${kr.bandLabel})`],
  ];
  if (kr.owner) facts.push(['Owner', cell(kr.owner)]);
  out.push(facts.map(([k, v]) => `- **${k}:** ${v}`).join('\n'));
  if (kr.isOverridden) {
    out.push(
      `> **Score overridden** from a computed ${kr.computedScoreText}: ${paragraph(kr.overrideReason) || 'no reason given'}`,
    );
  }
  out.push('#### Check-ins');
  if (kr.checkIns.length === 0) out.push('_No check-ins recorded._');
  else {
    out.push(
      table(
        ['Date', 'Value', 'Confidence', 'What changed', 'Blockers'],
        kr.checkIns.map((c) => [
          c.dateText + (c.isCorrection ? ' (corrected)' : ''),
          cell(c.valueText),
          `${c.confidence}%`,
          cell(c.changed),
          cell(c.blockers),
        ]),
      ),
    );
    out.push('_The chart of these check-ins is in the HTML, PDF and Word versions._');
  }
  if (kr.retro) {
    out.push('#### Retrospective');
    const answers: [string, string][] = [
      ['What worked', kr.retro.worked],
      ['What did not work', kr.retro.didNotWork],
      ['What we learned', kr.retro.learned],
    ];
    for (const [label, text] of answers) out.push(`**${label}:** ${paragraph(text) || '–'}`);
    out.push(`**Carry forward:** ${kr.retro.carryForward ? 'Yes' : 'No'}`);
  }
  return out.join('\n\n');
}

function objective(o: ObjectiveSection): string {
  const out = [`## ${o.number}. ${cell(o.title)}`];
  out.push(`${o.expectation} · Score **${o.scoreText}** (${o.bandLabel})`);
  if (o.parentTitle) out.push(`Aligned to: ${cell(o.parentTitle)}`);
  if (o.description.trim()) out.push(paragraph(o.description));
  if (o.keyResults.length === 0) out.push('_No key results._');
  out.push(...o.keyResults.map(keyResult));
  return out.join('\n\n');
}

function retroSection(doc: ReviewDocument): string[] {
  const retro = doc.cycleRetro;
  if (!retro) return ['## Cycle retrospective', '_The cycle retrospective has not been held._'];
  const list = (items: string[]): string =>
    items.length === 0 ? '_None._' : items.map((t) => `- ${item(t)}`).join('\n');
  return [
    '## Cycle retrospective',
    '### Calibration',
    list(retro.calibration.map((c) => `${c.keyResultTitle}: ${c.verdictLabel}`)),
    '### Objectives that mattered less than we thought',
    list(retro.objectivesMatteredLess),
    '### Working assumptions that were wrong',
    paragraph(retro.wrongAssumptions) || '_None recorded._',
    '### Notes',
    paragraph(retro.notes) || '_None._',
  ];
}

/** The quarterly review as CommonMark with GitHub tables; every piece of user text is escaped. */
export function toMarkdown(doc: ReviewDocument): string {
  const { cover, summary } = doc;
  const parts = [
    `# ${cell(cover.teamName)}: ${cover.quarter} quarterly review`,
    [
      `**Team:** ${cell(cover.teamName)} (${cover.teamFunction})  `,
      `**Quarter:** ${cover.quarter}, ${cover.dateRange}  `,
      `**Generated:** ${cover.generatedOn}`,
    ].join('\n'),
  ];
  if (cover.businessNeed.trim()) parts.push(`**Business need:** ${paragraph(cover.businessNeed)}`);
  if (cover.engineeringLever.trim()) {
    parts.push(`**Engineering lever:** ${paragraph(cover.engineeringLever)}`);
  }
  parts.push(
    '## Summary',
    table(
      ['Objective', 'Expectation', 'Score', 'Band'],
      summary.objectives.map((o) => [
        cell(o.title),
        o.expectation,
        `**${o.scoreText}**`,
        o.bandLabel,
      ]),
    ),
    `### Key results by band (${summary.keyResultCount})`,
    table(
      ['Band', 'Range', 'Key results'],
      summary.distribution.map((d) => [d.label, d.range, String(d.count)]),
    ),
    ...doc.objectives.map(objective),
    ...retroSection(doc),
    '## Dependencies',
    doc.dependencies.length === 0
      ? '_No dependencies recorded._'
      : table(
          ['Team', 'Need', 'For', 'By', 'Status'],
          doc.dependencies.map((d) => [
            cell(d.team),
            cell(d.need),
            cell(d.forTitle || 'Whole quarter'),
            d.byDateText,
            d.statusLabel,
          ]),
        ),
    '## Carry forward',
    doc.carryForward.length === 0
      ? '_Nothing is carried forward._'
      : table(
          ['Key result', 'Objective', 'Last value (next baseline)'],
          doc.carryForward.map((c) => [
            cell(c.title),
            cell(c.objectiveTitle),
            cell(c.lastValueText),
          ]),
        ),
    ...effortSection(doc),
  );
  return `${parts.join('\n\n')}\n`;
}

/** Time spent on the cycle against the budget, by phase, with the records behind it. */
function effortSection(doc: ReviewDocument): string[] {
  const { effort } = doc;
  const out = ['## Effort', effort.message];
  if (effort.records.length === 0) return out;
  out.push(
    table(
      ['Phase', 'Person-hours', 'Records'],
      effort.phases.map((p) => [p.label, p.hoursText, String(p.records)]),
    ),
    table(
      ['Date', 'What', 'Phase', 'Minutes', 'People', 'Person-hours'],
      effort.records.map((r) => [
        r.dateText,
        cell(r.label),
        r.phaseLabel,
        String(r.minutes),
        String(r.attendees),
        r.hoursText,
      ]),
    ),
  );
  return out;
}
