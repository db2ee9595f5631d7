import {
  CHARTS_ELSEWHERE,
  hasNoObjectives,
  noObjectivesText,
  OVERRIDE_NOTE,
  SECTION_TITLES,
  scorecardCells,
  scorecardColumns,
  summaryBlocks,
  summaryFigures,
  valueWord,
} from './outline';
import {
  escapeMarkdownLine,
  mdCell,
  mdHeading,
  mdList,
  mdParagraph,
  mdTable,
} from './markdownText';
import type { KeyResultSection, ObjectiveSection, ReviewDocument } from './types';

export { escapeMarkdownInline, escapeMarkdownLine } from './markdownText';

function summary(doc: ReviewDocument): string[] {
  const s = doc.executive;
  const out = [`## ${SECTION_TITLES.summary}`];
  if (hasNoObjectives(doc)) {
    if (s.headline) out.push(mdParagraph(s.headline));
    return [...out, noObjectivesText(doc.cover.quarter)];
  }
  if (doc.kind !== 'plan') {
    out.push(
      s.headline
        ? mdParagraph(s.headline)
        : '_No headline yet: the team writes it in the cycle retrospective._',
    );
  }
  const figures = summaryFigures(doc).map(escapeMarkdownLine);
  out.push(
    doc.kind === 'plan'
      ? figures.join(' · ')
      : `**Overall score ${s.overallScoreText}** · ${figures.join(' · ')}`,
  );
  if (s.distribution.length > 0) {
    const bands = s.distribution.map((d) => `${d.count} ${d.label.toLowerCase()} (${d.range})`);
    out.push(`Key results by band: ${bands.join(' · ')}.`);
  }
  for (const block of summaryBlocks(doc)) {
    out.push(`**${block.title}**`, mdList(block.items.map(escapeMarkdownLine), ''));
  }
  return out;
}

function scorecard(doc: ReviewDocument): string[] {
  // The summary has said there are no objectives: no table of nothing under a heading.
  if (hasNoObjectives(doc)) return [];
  const columns = scorecardColumns(doc.kind);
  const numeric = columns.flatMap((c, i) => (c.isNumeric ? [i] : []));
  const rows = doc.objectives.flatMap((o) => {
    const head = columns.map((c) => {
      if (c.key === 'ref') return `**${o.number}**`;
      if (c.key === 'title') return `**${mdCell(o.title)}** (${o.kindLabel.toLowerCase()})`;
      if (c.key === 'score') return `**${o.scoreText}**`;
      if (c.key === 'verdict') return `**${o.verdict}**`;
      return '';
    });
    const krs = o.keyResults.map((kr) => {
      const cells = scorecardCells(kr);
      return columns.map((c) =>
        mdCell(cells[c.key]).replace(/^–$/, c.key === 'lineage' ? '' : '–'),
      );
    });
    return [head, ...krs];
  });
  const title = doc.kind === 'plan' ? SECTION_TITLES.plan : SECTION_TITLES.scorecard;
  const out = [
    `## ${title}`,
    mdTable(
      columns.map((c) => c.label),
      rows,
      numeric,
    ),
  ];
  if (doc.objectives.some((o) => o.keyResults.some((kr) => kr.isOverridden))) {
    out.push(escapeMarkdownLine(OVERRIDE_NOTE));
  }
  return out;
}

function keyResult(kr: KeyResultSection, doc: ReviewDocument): string {
  const out = [`### ${kr.ref} ${mdHeading(kr.title)}`];
  const facts: string[] = [];
  if (doc.kind !== 'plan') {
    const progress = kr.progressText ? `; ${kr.progressText}` : '';
    facts.push(`**Score:** ${kr.scoreText} (${kr.verdict})${progress}`);
  }
  const range = kr.isMilestone
    ? 'a milestone: done or not done'
    : `${mdCell(kr.baselineToTarget)} (${kr.directionLabel.toLowerCase()})`;
  const final =
    doc.kind === 'plan'
      ? ''
      : `; **${valueWord(doc.kind).toLowerCase()}:** ${mdCell(kr.finalValueText)}`;
  facts.push(`**Baseline → target:** ${range}${final}`);
  if (kr.metric || kr.measuredBy) {
    const by = kr.measuredBy ? `, measured by ${mdCell(kr.measuredBy)}` : '';
    facts.push(`**Metric:** ${kr.metric ? mdCell(kr.metric) : '–'}${by}`);
  }
  const confidence =
    kr.lastConfidence === null ? '' : `; confidence at the last check-in ${kr.lastConfidenceText}`;
  facts.push(`**Owner:** ${mdCell(kr.owner)}${confidence}`);
  if (kr.lineage) facts.push(`**Lineage:** ${mdCell(kr.lineage.text)}`);
  if (kr.isCarriedForward) facts.push('**Carried forward** into next quarter');
  out.push(facts.map((f) => `- ${f}`).join('\n'));
  if (kr.isOverridden) {
    out.push(
      `> **Score overridden** from a computed ${kr.computedScoreText}: ${mdParagraph(kr.overrideReason) || 'no reason given'}`,
    );
  }
  if (kr.notableCheckIns.length > 0) {
    out.push(
      '**What changed**',
      mdList(
        kr.notableCheckIns.map((c) => {
          const said = [
            c.changed.trim() ? mdCell(c.changed) : '',
            c.blockers.trim() ? `blocked: ${mdCell(c.blockers)}` : '',
            c.isCorrection ? '(a correction)' : '',
          ].filter(Boolean);
          return `${c.dateText}, ${mdCell(c.valueText)}, ${c.confidence}%: ${said.join('; ')}`;
        }),
        '',
      ),
    );
  }
  if (kr.retro) {
    const answers: [string, string][] = [
      ['What worked', kr.retro.worked],
      ['What did not work', kr.retro.didNotWork],
      ['What we learned', kr.retro.learned],
    ];
    out.push(
      answers
        .filter(([, text]) => text.trim() !== '')
        .map(([label, text]) => `**${label}:** ${mdParagraph(text)}`)
        .join('\\\n'),
    );
  }
  return out.filter((part) => part !== '').join('\n\n');
}

function objective(o: ObjectiveSection, doc: ReviewDocument): string {
  const out = [`## ${o.number}. ${mdHeading(o.title)}`];
  const score = doc.kind === 'plan' ? '' : ` · Score **${o.scoreText}** (${o.verdict})`;
  out.push(`${o.expectation}${score}`);
  if (o.parentTitle) out.push(`Aligned to: ${mdCell(o.parentTitle)}`);
  if (o.description.trim()) out.push(mdParagraph(o.description));
  if (o.keyResults.length === 0) out.push('_No key results._');
  out.push(...o.keyResults.map((kr) => keyResult(kr, doc)));
  return out.join('\n\n');
}

function closing(doc: ReviewDocument): string[] {
  const out: string[] = [];
  const retro = doc.cycleRetro;
  if (retro) {
    const list = (items: string[], empty: string) => mdList(items.map(escapeMarkdownLine), empty);
    out.push(
      `## ${SECTION_TITLES.retro}`,
      '**Badly calibrated**',
      list(
        retro.calibration.map((c) => `${c.keyResultTitle}: ${c.verdictLabel}`),
        'None marked.',
      ),
      '**Objectives that mattered less than we thought**',
      list(retro.objectivesMatteredLess, 'None.'),
      '**Working assumptions that were wrong**',
      mdParagraph(retro.wrongAssumptions) || '_None recorded._',
    );
    if (retro.notes.trim()) out.push('**Notes**', mdParagraph(retro.notes));
  } else if (doc.kind === 'review') {
    out.push(`## ${SECTION_TITLES.retro}`, '_The cycle retrospective has not been held._');
  }
  if (doc.dependencies.length > 0) {
    out.push(
      `## ${SECTION_TITLES.dependencies}`,
      mdTable(
        ['Team', 'Need', 'For', 'By', 'Status'],
        doc.dependencies.map((d) => [
          mdCell(d.team),
          mdCell(d.need),
          mdCell(d.forTitle || 'Whole quarter'),
          d.byDateText,
          d.outcomeLabel,
        ]),
      ),
    );
  }
  if (doc.carryForward.length > 0) {
    out.push(
      `## ${SECTION_TITLES.carryForward}`,
      mdTable(
        ['Key result', 'Objective', 'Last value (next baseline)'],
        doc.carryForward.map((c) => [
          mdCell(c.title),
          mdCell(c.objectiveTitle),
          mdCell(c.lastValueText),
        ]),
        [2],
      ),
    );
  }
  return out;
}

function appendix(doc: ReviewDocument): string[] {
  const krs = doc.objectives.flatMap((o) => o.keyResults).filter((kr) => kr.checkIns.length > 0);
  if (krs.length === 0) return [];
  return [
    `## ${SECTION_TITLES.appendix}`,
    CHARTS_ELSEWHERE,
    ...krs.flatMap((kr) => [
      `### ${kr.ref} ${mdHeading(kr.title)}`,
      mdTable(
        ['Date', 'Value', 'Confidence', 'What changed', 'Blockers'],
        kr.checkIns.map((c) => [
          c.dateText + (c.isCorrection ? ' (corrected)' : ''),
          mdCell(c.valueText),
          `${c.confidence}%`,
          c.changed.trim() ? mdCell(c.changed) : '',
          c.blockers.trim() ? mdCell(c.blockers) : '',
        ]),
        [1, 2],
      ),
    ]),
  ];
}

/**
 * The quarterly review as CommonMark with GitHub tables, readable raw: conclusions first (the
 * summary and the scorecard), then the details per objective and key result, the closing
 * sections, and the full check-in log as an appendix. User text is escaped only where it would
 * change the rendering.
 */
export function toMarkdown(doc: ReviewDocument): string {
  const { cover } = doc;
  const parts = [
    `# ${mdHeading(cover.teamName)}: ${doc.title}`,
    `${mdCell(cover.teamFunction)} · ${cover.dateRange} · generated ${cover.generatedOn}`,
  ];
  if (cover.businessNeed.trim())
    parts.push(`**Business need:** ${mdParagraph(cover.businessNeed)}`);
  if (cover.engineeringLever.trim()) {
    parts.push(`**Engineering lever:** ${mdParagraph(cover.engineeringLever)}`);
  }
  parts.push(
    ...summary(doc),
    ...scorecard(doc),
    ...doc.objectives.map((o) => objective(o, doc)),
    ...closing(doc),
    ...effortSection(doc),
    ...appendix(doc),
  );
  return `${parts.join('\n\n')}\n`;
}

/** Time spent on the cycle against the budget, by phase, with the records behind it. */
function effortSection(doc: ReviewDocument): string[] {
  const { effort } = doc;
  if (effort.records.length === 0) {
    return doc.kind === 'review' ? ['## Effort', `_${effort.message}_`] : [];
  }
  return [
    '## Effort',
    effort.message,
    mdTable(
      ['Phase', 'Person-hours', 'Records'],
      effort.phases.map((p) => [p.label, p.hoursText, String(p.records)]),
      [1, 2],
    ),
    mdTable(
      ['Date', 'What', 'Phase', 'Minutes', 'People', 'Person-hours'],
      effort.records.map((r) => [
        r.dateText,
        mdCell(r.label),
        r.phaseLabel,
        String(r.minutes),
        String(r.attendees),
        r.hoursText,
      ]),
      [3, 4, 5],
    ),
  ];
}
