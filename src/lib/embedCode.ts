import { bandThresholds, bandWidths, wrapText } from '../charts/dimensions.ts';
import type { RenderedChart } from '../charts/render.ts';
import { el, render } from '../charts/svg.ts';

// The code a reader copies to embed a chart, and the height its iframe starts at. Protocol and
// reasoning: docs/embedding.md.

/** The id an embed sends with its height messages: `<slug>/<chart-id>`, unique on the site. */
export const embedId = (slug: string, chartId: string): string => `${slug}/${chartId}`;

export interface EmbedCodeOptions {
  /** Absolute URL of the embed page. */
  src: string;
  /** The chart's title: names the frame for screen readers. */
  title: string;
  /** Starting height in CSS px, used until (or unless) the host script sets the real one. */
  height: number;
  /** Absolute URL of the host script. */
  hostScript: string;
  /** The frame's width: '100%' (the default) fills the column; a number is a fixed width in px. */
  width?: '100%' | number;
}

/** The HTML to paste into a CMS: a sandboxed, lazy iframe and the host script that sizes it. */
export function embedCode({ src, title, height, hostScript, width = '100%' }: EmbedCodeOptions): string {
  const frame = el('iframe', {
    src,
    title,
    width,
    height: Math.round(height),
    loading: 'lazy',
    // Scripts, but never with allow-same-origin: together they would let the frame lift its own
    // sandbox. Popups escape the sandbox so the link to the chart's page opens a normal tab.
    sandbox: 'allow-scripts allow-popups allow-popups-to-escape-sandbox',
    style: width === '100%' ? 'border:0;width:100%' : `border:0;width:${width}px;max-width:100%`,
  });
  return render(frame) + render(el('script', { src: hostScript, async: true }));
}

/** The column an embed is most often pasted into: an article column in a CMS, in CSS px. */
export const typicalEmbedWidth = 640;

// CSS px of embed.css and charts.css that the estimate below adds up.
const framePadding = 16;
const line = { title: 18 * 1.3, subtitle: 15.2 * 1.4, foot: 14 * 1.45, tableRow: 32 };
const chrome = { flag: 31, titleGap: 3.2, headGap: 12, footGap: 9.6, footParagraph: 4, dataToggle: 39, credit: 27.4 };
// A big number's figure, label and comparison at a column's width; it hardly changes with width.
const bigNumberHeight = 160;

/** The band an embed shows in a frame this wide: the one charts.css picks for the figure's width. */
export function embedBandWidth(frameWidth = typicalEmbedWidth): number {
  const index = bandThresholds.findLastIndex((threshold) => threshold <= frameWidth - framePadding);
  return bandWidths[Math.max(index, 0)]!;
}

const lines = (text: string, size: number, width: number) => wrapText(text, size, width).length;

function sourceLine(meta: RenderedChart['meta']): string {
  // Dates print as "19 April 2024"; measured at their longest.
  const sources = meta.sources.map((source) => `${source.name}${source.title ? `, “${source.title}”` : ''}${source.date ? ', 30 September 2024' : ''}`);
  return `Sources: ${sources.join('; ')}${meta.illustrative ? ' · Illustrative data, not reporting.' : ''}`;
}

/**
 * The embed's height at a frame width, estimated from the drawing shown at that width and the
 * text around it, so a page without the host script shows the chart without a jump or a cut.
 * The chart needs the band for that width (`embedBandWidth(width)`), or any narrower one.
 */
export function defaultEmbedHeight(chart: RenderedChart, width = typicalEmbedWidth): number {
  const inner = width - framePadding;
  const { meta } = chart;
  const head =
    (meta.illustrative ? chrome.flag : 0) +
    lines(meta.title, 18, inner) * line.title +
    chrome.titleGap +
    (meta.subtitle ? lines(meta.subtitle, 15.2, inner) * line.subtitle : 0) +
    chrome.headGap;
  const band = chart.bands.findLast((candidate) => candidate.width <= embedBandWidth(width)) ?? chart.bands[0];
  const body = band
    ? (band.height * inner) / band.width
    : chart.type === 'table'
      ? (chart.table.rows.length + 1) * line.tableRow
      : bigNumberHeight;
  const foot =
    chrome.footGap + [...meta.notes, ...chart.autoNotes, sourceLine(meta)].reduce((sum, text) => sum + lines(text, 14, inner) * line.foot + chrome.footParagraph, 0);
  const data = chart.type === 'table' ? 0 : chrome.dataToggle;
  return Math.ceil(framePadding + head + body + foot + data + chrome.credit);
}
