/** The exported review's stylesheet: a clean report on screen, A4 pages in print. */
export const REVIEW_CSS = `
:root {
  --ink: #1d2433; --muted: #5b6578; --line: #dfe3ea; --soft: #f5f7fa; --accent: #2359c4;
  --failed-bg: #fde8e7; --failed-ink: #9b1c14; --short-bg: #fff1d6; --short-ink: #8a5300;
  --strong-bg: #e1f4e8; --strong-ink: #1c6b40; --perfect-bg: #e3ecfc; --perfect-ink: #1f4fae;
  --unscored-bg: #eef0f3; --unscored-ink: #5b6578;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; color: var(--ink); background: #fff;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
main { max-width: 860px; margin: 0 auto; padding: 40px 32px 64px; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; break-after: avoid; }
h1 { font-size: 28px; letter-spacing: -0.01em; }
h2 { font-size: 20px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 16px; margin: 0 0 8px; }
h4 { font-size: 12px; margin: 16px 0 6px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.06em; }
p { margin: 0 0 8px; }
.muted { color: var(--muted); }
.cover { border-left: 6px solid var(--accent); padding: 8px 0 8px 20px; margin-bottom: 28px; }
.cover .eyebrow { font-size: 12px; text-transform: uppercase; letter-spacing: 0.1em; color: var(--accent); font-weight: 600; }
.cover h1 { margin: 4px 0 10px; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
.cover dt { color: var(--muted); }
.cover dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 4px 0 12px; font-size: 13px; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { text-align: left; font-weight: 600; color: var(--muted); font-size: 12px; border-bottom: 1px solid var(--ink); padding: 6px 8px; }
td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
.chip { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.chip.failed { background: var(--failed-bg); color: var(--failed-ink); }
.chip.short { background: var(--short-bg); color: var(--short-ink); }
.chip.strong { background: var(--strong-bg); color: var(--strong-ink); }
.chip.perfect { background: var(--perfect-bg); color: var(--perfect-ink); }
.chip.unscored { background: var(--unscored-bg); color: var(--unscored-ink); }
.score { font-size: 15px; font-weight: 700; font-variant-numeric: tabular-nums; }
.distribution { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; margin: 8px 0 0; padding: 0; list-style: none; }
.distribution li { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; break-inside: avoid; }
.distribution li > div { display: flex; align-items: center; justify-content: space-between; }
.distribution .count { font-size: 24px; font-weight: 700; font-variant-numeric: tabular-nums; }
.distribution p { margin: 6px 0 0; font-size: 12px; color: var(--muted); }
.objective-head { display: flex; justify-content: space-between; align-items: baseline; gap: 16px; margin: 40px 0 8px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
.objective-head h2 { margin: 0; padding: 0; border: 0; }
.objective-meta { margin: 0 0 16px; color: var(--muted); }
.kr { border: 1px solid var(--line); border-radius: 8px; padding: 16px 18px; margin: 0 0 16px; break-inside: avoid; page-break-inside: avoid; }
.kr-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 16px; }
.kr-score { text-align: right; white-space: nowrap; }
.facts { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px 16px; margin: 8px 0 4px; }
.facts div { background: var(--soft); border-radius: 6px; padding: 6px 10px; }
.facts dt { font-size: 11px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.05em; }
.facts dd { margin: 0; font-weight: 600; }
.override { background: var(--short-bg); border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.kr-main { display: grid; grid-template-columns: minmax(0, 1fr) 28%; gap: 8px 16px; align-items: start; margin: 8px 0; }
.kr-main .chart { grid-column: 1; grid-row: 1; }
.kr-main .facts { grid-column: 2; grid-row: 1; grid-template-columns: 1fr; margin: 0; }
@media (max-width: 640px) { .kr-main { display: block; } .kr-main .facts { grid-template-columns: 1fr 1fr; } }
.chart svg { display: block; max-width: 100%; height: auto; }
.retro { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; }
.retro h5 { margin: 0 0 4px; font-size: 12px; }
.closing h3 { margin: 16px 0 6px; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
td, dd, h1, h2, h3, li { overflow-wrap: anywhere; }
ul { margin: 0 0 8px; padding-left: 20px; }
footer { margin-top: 48px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
@page { size: A4; margin: 14mm 16mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 9pt; color: #5b6578; } }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  /* The cover and summary fill page 1; each objective, then the closing sections, start a page. */
  .objective, .after-objectives { break-before: page; }
  .objective-head, .after-objectives > h2 { margin-top: 0; }
  .kr, .kr-main, .retro, table.summary-table, .cover { break-inside: avoid; }
  .kr { padding: 8px 12px; margin-bottom: 8px; }
  .kr-main { margin: 4px 0; }
  .facts { gap: 4px; }
  .facts div { padding: 3px 8px; }
  th, td { padding: 2px 6px; }
  table { font-size: 9pt; margin-bottom: 4px; }
  h4 { margin: 8px 0 4px; }
  .retro p { margin: 0; font-size: 9.5pt; }
  footer { display: none; }
}
`;
