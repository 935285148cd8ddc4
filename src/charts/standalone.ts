import type { ChartMeta, Layout } from './chart.ts';
import { wrapText } from './dimensions.ts';
import { paintWith, themes, type Theme } from './paint.ts';
import { standaloneFontFamily, type ExportedChart } from './render.ts';
import { el, render, type SvgNode } from './svg.ts';

// A chart as a file of its own (the SVG download, and the PNG made from it). What the figure on
// the page says around the drawing (flag, title, subtitle, notes, sources) is drawn as SVG text,
// with colours and the font family as attributes: no stylesheet travels with the file.

/** The layout width of every exported drawing: the 700 band, a width every layout is tested at. */
const exportWidth = 700;

const padding = 24;

export interface StandaloneOptions {
  /** Printed at the foot, so the image says where it came from wherever it is passed on. */
  siteName: string;
  /** How the site writes a calendar date ("19 April 2024"). */
  formatDate: (date: Date) => string;
}

export interface StandaloneSvg {
  width: number;
  height: number;
  svg: string;
}

/** The figure's source line as plain text: "Source: KISA via The Readable, 19 April 2024". */
export function sourceLine(meta: ChartMeta, formatDate: StandaloneOptions['formatDate']): string {
  const sources = meta.sources.map((source) => [source.name, source.title && `“${source.title}”`, source.date && formatDate(source.date)].filter(Boolean).join(', '));
  const flag = meta.illustrative ? ' · Illustrative data, not reporting.' : '';
  return `${meta.sources.length > 1 ? 'Sources' : 'Source'}: ${sources.join('; ')}${flag}`;
}

interface Line {
  size: number;
  lineHeight: number;
  weight?: 400 | 600 | 700;
  className?: string;
}

/** The whole figure as one SVG document: flag, title, subtitle, drawing, notes, sources and the site's name. */
export function standaloneChart(chart: ExportedChart, options: StandaloneOptions): StandaloneSvg {
  const { meta } = chart;
  const layout = chart.layout(exportWidth);
  const inner = layout.width;
  const width = inner + 2 * padding;
  const marks: SvgNode[] = [];
  let y = padding;
  const paragraph = (content: string, { size, lineHeight, weight = 400, className = 'fill-text' }: Line) => {
    for (const line of wrapText(content, size, inner)) {
      // Centred in its line box: the baseline sits 0.8 em below the glyphs' top, as in the text mark.
      const baseline = y + (lineHeight - size) / 2 + size * 0.8;
      marks.push(el('text', { x: padding, y: baseline, 'font-size': size, 'font-weight': weight === 400 ? undefined : weight, class: className }, line));
      y += lineHeight;
    }
  };

  // The page draws the flag in a box; here it is text alone, since a box sized by an estimate of
  // the text's width would not fit it snugly in every renderer.
  if (meta.illustrative) paragraph('ILLUSTRATIVE DATA', { size: 13, lineHeight: 24, weight: 700, className: 'fill-c2' });
  paragraph(meta.title, { size: 22, lineHeight: 29, weight: 700 });
  if (meta.subtitle) paragraph(meta.subtitle, { size: 15, lineHeight: 21, className: 'fill-muted' });
  y += 16;
  marks.push(el('g', { transform: `translate(${padding} ${y})` }, layout.marks));
  y += layout.height + 16;
  for (const note of [...meta.notes, ...chart.autoNotes]) paragraph(note, { size: 13, lineHeight: 19, className: 'fill-muted' });
  paragraph(sourceLine(meta, options.formatDate), { size: 13, lineHeight: 19, className: 'fill-muted' });
  y += 10;
  marks.push(el('line', { x1: padding, x2: width - padding, y1: y, y2: y, class: 'stroke-grid' }));
  y += 8;
  paragraph(options.siteName, { size: 14, lineHeight: 20, weight: 700 });
  const height = Math.ceil(y + padding - 4);

  const id = `readout-${meta.id}`;
  const root = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      'font-family': standaloneFontFamily,
    },
    el('title', { id: `${id}-title` }, meta.title),
    el('desc', { id: `${id}-desc` }, `${meta.alt} ${chart.summary}`.trim()),
    el('rect', { width, height, class: 'fill-bg' }),
    marks,
  );
  // Light: a file passed on is shown on unknown backgrounds, and prints.
  return { width, height, svg: render(root, { paint: paintWith(themes.light) }) };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The drawing alone, scaled to fit a box inside another SVG (a social card), colours as attributes. */
export function nestedDrawing(layout: Layout, box: Box, theme: Theme = themes.light): string {
  const root = el(
    'svg',
    { ...box, viewBox: `0 0 ${layout.width} ${layout.height}`, preserveAspectRatio: 'xMidYMid meet', 'font-family': standaloneFontFamily },
    layout.marks,
  );
  return render(root, { paint: paintWith(theme) });
}
