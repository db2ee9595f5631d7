import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { stripControl } from './sanitize';
import { type Block, MUTED, cell, chart, heading, labelled, para, runs, table } from './docxParts';
import type { KeyResultSection, ObjectiveSection, ReviewDocument } from './types';

function keyResult(kr: KeyResultSection, id: string): Block[] {
  const out: Block[] = [heading(kr.title, 2)];
  out.push(
    table(
      ['Metric', 'Baseline → target', 'Direction', 'Final value', 'Score'],
      [
        [
          cell(kr.metric || '–'),
          cell(kr.baselineToTarget),
          cell(kr.directionLabel),
          cell(kr.finalValueText),
          cell(`${kr.scoreText} · ${kr.bandLabel}`, kr.band),
        ],
      ],
    ),
  );
  if (kr.isOverridden) {
    out.push(
      labelled(
        `Score overridden (computed ${kr.computedScoreText})`,
        kr.overrideReason || 'no reason given',
      ),
    );
  }
  out.push(heading('Check-ins', 3));
  if (kr.checkIns.length === 0) out.push(para('No check-ins recorded.', { color: MUTED }));
  else {
    out.push(chart(kr, id));
    out.push(
      table(
        ['Date', 'Value', 'Confidence', 'What changed', 'Blockers'],
        kr.checkIns.map((c) => [
          cell(c.dateText + (c.isCorrection ? ' (corrected)' : '')),
          cell(c.valueText),
          cell(`${c.confidence}%`),
          cell(c.changed || '–'),
          cell(c.blockers || '–'),
        ]),
      ),
    );
  }
  if (kr.retro) {
    out.push(heading('Retrospective', 3));
    out.push(labelled('What worked', kr.retro.worked));
    out.push(labelled('What did not work', kr.retro.didNotWork));
    out.push(labelled('What we learned', kr.retro.learned));
    out.push(labelled('Carry forward', kr.retro.carryForward ? 'Yes' : 'No'));
  }
  return out;
}

function objective(o: ObjectiveSection, isFirst: boolean): Block[] {
  const meta = [o.expectation, `score ${o.scoreText} (${o.bandLabel})`];
  if (o.parentTitle) meta.push(`aligned to ${o.parentTitle}`);
  const out: Block[] = [
    heading(`${o.number}. ${o.title}`, 1, !isFirst),
    para(meta.join(' · '), { color: MUTED }),
  ];
  if (o.description.trim()) out.push(para(o.description));
  o.keyResults.forEach((kr, i) => out.push(...keyResult(kr, `o${o.number}-kr${i + 1}`)));
  return out;
}

function closing(doc: ReviewDocument): Block[] {
  const r = doc.cycleRetro;
  const out: Block[] = [heading('Cycle retrospective', 1, true)];
  if (!r) out.push(para('The cycle retrospective has not been held.', { color: MUTED }));
  else {
    const bullets = (items: string[]): Paragraph[] =>
      items.length === 0
        ? [para('None.', { color: MUTED })]
        : items.map((t) => new Paragraph({ bullet: { level: 0 }, children: runs(t) }));
    out.push(
      heading('Calibration', 3),
      ...bullets(r.calibration.map((c) => `${c.keyResultTitle}: ${c.verdictLabel}`)),
    );
    out.push(
      heading('Objectives that mattered less than we thought', 3),
      ...bullets(r.objectivesMatteredLess),
    );
    out.push(heading('Working assumptions that were wrong', 3), para(r.wrongAssumptions));
    out.push(heading('Notes', 3), para(r.notes));
  }
  out.push(heading('Dependencies', 1));
  out.push(
    doc.dependencies.length === 0
      ? para('No dependencies recorded.', { color: MUTED })
      : table(
          ['Team', 'Need', 'For', 'By', 'Status'],
          doc.dependencies.map((d) => [
            cell(d.team),
            cell(d.need),
            cell(d.forTitle || 'Whole quarter'),
            cell(d.byDateText),
            cell(d.statusLabel),
          ]),
        ),
  );
  out.push(heading('Carry forward', 1));
  out.push(
    doc.carryForward.length === 0
      ? para('Nothing is carried forward.', { color: MUTED })
      : table(
          ['Key result', 'Objective', 'Last value (next baseline)'],
          doc.carryForward.map((c) => [
            cell(c.title),
            cell(c.objectiveTitle),
            cell(c.lastValueText),
          ]),
        ),
  );
  return out;
}

/** Time spent on the cycle against the budget, by phase, with the records behind it. */
function effortSection(doc: ReviewDocument): Block[] {
  const { effort } = doc;
  const out: Block[] = [heading('Effort', 1), para(effort.message)];
  if (effort.records.length === 0) return out;
  out.push(
    table(
      ['Phase', 'Person-hours', 'Records'],
      effort.phases.map((p) => [cell(p.label), cell(p.hoursText), cell(String(p.records))]),
    ),
    table(
      ['Date', 'What', 'Phase', 'Minutes', 'People', 'Person-hours'],
      effort.records.map((r) => [
        cell(r.dateText),
        cell(r.label),
        cell(r.phaseLabel),
        cell(String(r.minutes)),
        cell(String(r.attendees)),
        cell(r.hoursText),
      ]),
    ),
  );
  return out;
}

function front(doc: ReviewDocument): Block[] {
  const c = doc.cover;
  const s = doc.summary;
  const out: Block[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: runs(`${c.teamName}: ${c.quarter} quarterly review`),
    }),
    labelled('Team', `${c.teamName} (${c.teamFunction})`),
    labelled('Quarter', `${c.quarter}, ${c.dateRange}`),
  ];
  if (c.businessNeed.trim()) out.push(labelled('Business need', c.businessNeed));
  if (c.engineeringLever.trim()) out.push(labelled('Engineering lever', c.engineeringLever));
  out.push(labelled('Generated', c.generatedOn), heading('Summary', 1));
  out.push(
    table(
      ['Objective', 'Expectation', 'Score', 'Band'],
      s.objectives.map((o, i) => [
        cell(`${i + 1}. ${o.title}`),
        cell(o.expectation),
        cell(o.scoreText),
        cell(o.bandLabel, o.band),
      ]),
    ),
    heading(`Key results by band (${s.keyResultCount})`, 3),
    table(
      ['Band', 'Range', 'Key results'],
      s.distribution.map((d) => [
        cell(d.label, d.band === 'unscored' ? null : d.band),
        cell(d.range),
        cell(String(d.count)),
      ]),
    ),
  );
  return out;
}

/**
 * The quarterly review as a Word document: Heading 1–3 paragraphs, tables for the summary
 * and check-ins, and each key result's chart as an SVG image with a PNG fallback (drawn
 * without labels) for applications that cannot show SVG. Works in Node and the browser.
 */
export async function toDocx(doc: ReviewDocument): Promise<Uint8Array> {
  const file = new Document({
    creator: 'Quarterdeck',
    title: stripControl(`${doc.cover.teamName}: ${doc.cover.quarter} quarterly review`),
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1020, bottom: 1020, left: 1020, right: 1020 } } },
        children: [
          ...front(doc),
          ...doc.objectives.flatMap((o, i) => objective(o, i === 0)),
          ...closing(doc),
          ...effortSection(doc),
        ],
      },
    ],
  });
  return Packer.pack(file, 'uint8array');
}
