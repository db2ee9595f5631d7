/**
 * The exported review's stylesheet: a clean report on screen, A4 pages in print. `"__RUNNING__"`
 * is replaced by the document's name (team and quarter) for the running footer.
 */
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const REVIEW_CSS = `
:root {
  --ink: #1d2433; --muted: #5b6578; --line: #dfe3ea; --soft: #f5f7fa; --accent: #2359c4;
  --bad-bg: #fde8e7; --bad-ink: #9b1c14; --warn-bg: #fff1d6; --warn-ink: #8a5300;
  --good-bg: #e1f4e8; --good-ink: #1c6b40; --info-bg: #e3ecfc; --info-ink: #1f4fae;
  --none-bg: #eef0f3; --none-ink: #5b6578;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); background: #fff; font: 14px/1.5 ${FONT}; }
main { max-width: 900px; margin: 0 auto; padding: 40px 32px 64px; }
h1, h2, h3, h4, h5 { line-height: 1.25; margin: 0; break-after: avoid; }
h1 { font-size: 28px; letter-spacing: -0.01em; }
h2 { font-size: 20px; margin: 32px 0 10px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 15px; margin: 0 0 4px; }
h4 { font-size: 12px; margin: 10px 0 4px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.06em; }
h5 { font-size: 12px; margin: 0 0 2px; }
p { margin: 0 0 8px; }
ul { margin: 0 0 8px; padding-left: 18px; }
.muted { color: var(--muted); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
td, dd, h1, h2, h3, li { overflow-wrap: anywhere; }
.ref { color: var(--muted); font-weight: 600; font-variant-numeric: tabular-nums; }

.cover { border-left: 6px solid var(--accent); padding: 4px 0 4px 18px; margin-bottom: 20px; }
.cover .eyebrow { font-size: 12px; text-transform: uppercase; letter-spacing: 0.1em; color: var(--accent); font-weight: 600; }
.cover h1 { margin: 2px 0 4px; }
.cover-meta { color: var(--muted); margin: 0 0 4px; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 14px; margin: 0; }
.cover dt { color: var(--muted); }
.cover dd { margin: 0; }

.summary h2 { margin-top: 0; }
.headline { font-size: 16px; line-height: 1.45; margin: 4px 0 14px; }
.figures { display: flex; flex-wrap: wrap; gap: 10px; margin: 0 0 10px; }
.figure { border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; display: flex; align-items: center; gap: 10px; background: var(--soft); }
.figure .big { font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; }
.figure .lead { font-weight: 600; }
.figure.bad { background: var(--bad-bg); color: var(--bad-ink); border-color: transparent; }
.figure.good { background: var(--good-bg); color: var(--good-ink); border-color: transparent; }
.bands { list-style: none; padding: 0; margin: 0 0 12px; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 13px; }
.blocks { display: grid; grid-template-columns: 1fr 1fr; gap: 12px 20px; }
.block { border-top: 3px solid var(--line); padding-top: 6px; break-inside: avoid; }
.block.bad { border-top-color: var(--bad-ink); }
.block h3 { font-size: 13px; margin-bottom: 4px; }
.block ul { margin: 0; font-size: 13px; }
.block li { margin-bottom: 3px; }

table { width: 100%; border-collapse: collapse; margin: 4px 0 12px; font-size: 13px; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { text-align: left; font-weight: 600; color: var(--muted); font-size: 12px; border-bottom: 1px solid var(--ink); padding: 5px 8px; vertical-align: bottom; }
td { border-bottom: 1px solid var(--line); padding: 5px 8px; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
td.bad { color: var(--bad-ink); font-weight: 600; }
.chip { display: inline-block; padding: 0 7px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.chip.bad { background: var(--bad-bg); color: var(--bad-ink); }
.chip.warn { background: var(--warn-bg); color: var(--warn-ink); }
.chip.good { background: var(--good-bg); color: var(--good-ink); }
.chip.info { background: var(--info-bg); color: var(--info-ink); }
.chip.none { background: var(--none-bg); color: var(--none-ink); }
.score { font-size: 15px; font-weight: 700; font-variant-numeric: tabular-nums; }

.scorecard-table { table-layout: fixed; }
.scorecard-table td.num, .scorecard-table th { white-space: normal; overflow-wrap: normal; }
.scorecard-table td.num, .scorecard-table th.num { padding-left: 8px; }
.scorecard-table tr.group td { background: var(--soft); border-bottom: 1px solid var(--line); padding-top: 6px; }
.group-title { font-weight: 700; }
.group-score { float: right; font-weight: 700; font-variant-numeric: tabular-nums; }
.note { font-size: 12px; }

.objective-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 16px; margin: 28px 0 8px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); break-after: avoid; }
.objective-head h2 { margin: 0; padding: 0; border: 0; }
.objective-meta { margin: 2px 0 0; color: var(--muted); }
.description { margin: 4px 0 0; }
.kr { border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; margin: 0 0 12px; break-inside: avoid; page-break-inside: avoid; }
.kr-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 16px; }
.kr-head p { margin: 0; }
.kr-score { text-align: right; white-space: nowrap; }
.kr-main { display: grid; grid-template-columns: minmax(0, 1fr) 27%; gap: 8px 16px; align-items: start; margin: 8px 0 4px; }
.kr-main.no-chart { grid-template-columns: 1fr; }
.kr-main.no-chart .facts { grid-template-columns: repeat(3, 1fr); }
.facts { display: grid; grid-template-columns: 1fr; gap: 4px; margin: 0; }
.facts div { background: var(--soft); border-radius: 6px; padding: 2px 8px; display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; column-gap: 8px; }
.facts dt { font-size: 10.5px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.05em; white-space: nowrap; }
.facts dd { margin: 0 0 0 auto; font-weight: 600; text-align: right; overflow-wrap: normal; }
@media (max-width: 640px) { .kr-main { display: block; } .blocks { grid-template-columns: 1fr; } }
.chart svg { display: block; max-width: 100%; height: auto; }
.override { background: var(--warn-bg); border-radius: 6px; padding: 6px 10px; margin: 6px 0; }
.changes ul { margin: 0 0 4px; padding-left: 16px; }
.changes li { margin: 0; }
.changes .when { color: var(--muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
.blocker { color: var(--bad-ink); }
.retro { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px 14px; margin-top: 6px; border-top: 1px solid var(--line); padding-top: 6px; }
.retro p { margin: 0; }
.closing-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 20px; }
.closing h3 { font-size: 13px; margin: 6px 0 4px; }
.logs { columns: 2; column-gap: 20px; }
.log { break-inside: avoid; }
.log td:last-child { font-size: 0.95em; }
.log h4 { text-transform: none; letter-spacing: 0; color: var(--ink); font-size: 12px; margin-top: 10px; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }

@page {
  size: A4; margin: 14mm 15mm 16mm;
  @bottom-left { content: "__RUNNING__"; font-family: ${FONT}; font-size: 8pt; color: #5b6578; }
  @bottom-right { content: counter(page) " / " counter(pages); font-family: ${FONT}; font-size: 8pt; color: #5b6578; }
}
@media print {
  body { font-size: 9.5pt; line-height: 1.4; }
  main { max-width: none; padding: 0; }
  h2 { font-size: 14pt; margin: 14px 0 6px; }
  h3 { font-size: 10.5pt; }
  .headline { font-size: 11.5pt; }
  .figure .big { font-size: 20pt; }
  .block ul, .bands { font-size: 9pt; }
  /* No forced page breaks, so no page is left near-empty: the scorecard moves to the next page
     whole when it does not fit under the summary, and every key result stays in one piece. */
  .scorecard.whole, .log { break-inside: avoid; }
  .scorecard-table { font-size: 8.5pt; }
  .scorecard-table th, .scorecard-table td { padding: 2px 6px; }
  .scorecard-table .chip { font-size: 7pt; padding: 0 5px; }
  .objective-head { margin-top: 14px; }
  .kr { padding: 5px 9px; margin-bottom: 6px; }
  .retro { margin-top: 3px; padding-top: 3px; }
  .objective-meta { margin-top: 0; }
  .kr-main { margin: 4px 0 2px; }
  .facts dd { font-size: 9pt; }
  .facts dt { font-size: 7pt; }
  .facts div { padding: 1px 6px; }
  .changes, .retro { font-size: 8.5pt; }
  h4 { margin: 4px 0 2px; font-size: 7.5pt; }
  th, td { padding: 2px 6px; }
  table { font-size: 8.5pt; margin-bottom: 4px; }
  .log-table { font-size: 8pt; }
  footer { display: none; }
}
`;
