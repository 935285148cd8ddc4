import { textWidth } from '../../../src/charts/dimensions.ts';

// Geometry checks over a drawn SVG string: where each text lands (with the same width estimate
// the charts lay out with), so a test can say "no label leaves the drawing, none overlaps".

export interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const attrsOf = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((match) => [match[1]!, match[2]!]));

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The box of every <text>: x/anchor for the horizontal extent, y/dy/font-size for ascent and descent. */
export function textBoxes(markup: string): Box[] {
  return [...markup.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((match) => {
    const attrs = attrsOf(match[1]!);
    const text = unescape(match[2]!);
    const size = Number(attrs['font-size'] ?? 14);
    const width = textWidth(text, size);
    const x = Number(attrs['x'] ?? 0);
    const anchor = attrs['text-anchor'] ?? 'start';
    const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
    const baseline = Number(attrs['y'] ?? 0) + parseFloat(attrs['dy'] ?? '0') * size;
    return { text, left, right: left + width, top: baseline - 0.8 * size, bottom: baseline + 0.2 * size };
  });
}

/** Vertical <line> segments (stems, spines, ticks), as zero-width boxes. */
export function verticalLines(markup: string): Box[] {
  return [...markup.matchAll(/<line([^>]*)\/>/g)].flatMap((match) => {
    const attrs = attrsOf(match[1]!);
    const [x1, x2, y1, y2] = ['x1', 'x2', 'y1', 'y2'].map((name) => Number(attrs[name] ?? 0)) as [number, number, number, number];
    return x1 === x2 ? [{ text: 'line', left: x1, right: x1, top: Math.min(y1, y2), bottom: Math.max(y1, y2) }] : [];
  });
}

const overlaps = (a: Box, b: Box, gap = 0) => a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

const describe = (box: Box) => `"${box.text}" (${box.left.toFixed(0)}–${box.right.toFixed(0)} × ${box.top.toFixed(0)}–${box.bottom.toFixed(0)})`;

/** Texts that reach outside 0..width × 0..height, described for a failure message. */
export function textsOutside(markup: string, width: number, height: number): string[] {
  return textBoxes(markup)
    .filter((box) => box.left < -0.5 || box.right > width + 0.5 || box.top < -0.5 || box.bottom > height + 0.5)
    .map(describe);
}

/** Pairs of texts whose boxes overlap. */
export function overlappingTexts(markup: string): string[] {
  const boxes = textBoxes(markup);
  return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlaps(a, b)).map((b) => `${describe(a)} overlaps ${describe(b)}`));
}

/** Texts crossed by a vertical line (a stem drawn through a label). */
export function textsCrossedByLines(markup: string): string[] {
  const lines = verticalLines(markup);
  return textBoxes(markup).flatMap((box) => lines.filter((line) => overlaps(box, line)).map((line) => `${describe(box)} crossed by a line at x=${line.left}`));
}
