/**
 * The style sheet of the HTML plan. On screen a readable column; in print A4 with the
 * title page on its own, each section from a new page, maps and wide tables on landscape
 * pages (CSS named pages, which Chromium's print and Electron's printToPDF honour), and
 * no page break inside a figure, a table row or right after a heading.
 */
export const PLAN_CSS = `
:root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --rule: #cbd2d9; --accent: #2f6fde; --tint: #f0f4fa; }
* { box-sizing: border-box; }
html { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.45; color: var(--ink); background: #ffffff; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 4rem; }
h1, h2, h3, h4 { line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 1.6rem; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: 0.2rem; margin: 2.5rem 0 1rem; }
h3 { font-size: 1.2rem; margin: 1.6rem 0 0.5rem; }
h4 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
p { margin: 0 0 0.7rem; }
p.lead { font-size: 1.08rem; }
p.note { color: var(--muted); font-style: italic; }
ul, ol { margin: 0 0 0.8rem; padding-left: 1.4rem; }
li { margin-bottom: 0.3rem; }
.title-page { min-height: 90vh; display: flex; flex-direction: column; justify-content: center; }
.title-page .kind { text-transform: uppercase; letter-spacing: 0.12em; color: var(--accent); font-weight: 700; margin: 0; }
.title-page h1 { font-size: 2.4rem; margin: 0.3rem 0 1rem; }
.title-page .description { font-size: 1.1rem; color: var(--muted); max-width: 40rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.2rem; margin: 1.5rem 0; }
.facts div { display: contents; }
.facts dt { font-weight: 700; color: var(--muted); }
.facts dd { margin: 0; }
.title-page nav ol { columns: 2; color: var(--muted); }
.title-page nav a { color: inherit; }
.title-page .footer { color: var(--muted); font-size: 0.9rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 1.2rem; font-size: 0.92rem; }
caption { caption-side: top; text-align: left; font-weight: 700; padding-bottom: 0.3rem; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.3rem 0.45rem; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: var(--tint); border-bottom: 2px solid var(--accent); text-align: left; overflow-wrap: normal; }
th.right, td.right { text-align: right; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
table.key-figures td:nth-child(3) { font-weight: 700; }
div.wide table.data { font-size: 0.85rem; }
figure { margin: 1rem 0 1.4rem; break-inside: avoid; page-break-inside: avoid; }
figure img { display: block; max-width: 100%; height: auto; border: 1px solid var(--rule); }
figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.3rem; }
@page { size: A4; margin: 16mm 15mm 18mm; }
@page landscape { size: A4 landscape; margin: 12mm 14mm 14mm; }
@media print {
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .title-page { min-height: 0; height: 250mm; break-after: page; page-break-after: always; }
  main > section { break-before: page; page-break-before: always; }
  main > section > h2, main > section > div.wide > h2:first-child { margin-top: 0; }
  div.wide { page: landscape; }
  div.wide figure img { max-height: 160mm; width: auto; margin: 0 auto; }
  figure img { max-height: 235mm; width: auto; }
}
`;
