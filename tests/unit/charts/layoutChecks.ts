import assert from 'node:assert/strict';
import type { Layout } from '../../../src/charts/chart.ts';
import { textWidth } from '../../../src/charts/dimensions.ts';
import { render } from '../../../src/charts/svg.ts';

// Layout checks any SVG chart test can use: read every <text> of rendered markup back into the
// box it covers (with the same width estimate the charts lay out with) and assert that the boxes
// stay inside the drawing and do not overlap each other.

export interface TextBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const attribute = (attributes: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Rendered markup, or a layout (whose marks are rendered here). */
type Drawing = string | Layout;

const markupOf = (drawing: Drawing) => (typeof drawing === 'string' ? drawing : drawing.marks.map((mark) => render(mark)).join(''));

/** Every text element of the drawing as the box it covers: glyphs from 0.8 em above the baseline to 0.2 em below. */
export function textBoxes(drawing: Drawing): TextBox[] {
  return [...markupOf(drawing).matchAll(/<text(\s[^>]*)>([^<]*)<\/text>/g)].map(([, attributes = '', content = '']) => {
    const text = unescape(content);
    const size = Number(attribute(attributes, 'font-size') ?? 14);
    const x = Number(attribute(attributes, 'x') ?? 0);
    const dy = attribute(attributes, 'dy');
    const baseline = Number(attribute(attributes, 'y') ?? 0) + (dy?.endsWith('em') ? parseFloat(dy) * size : Number(dy ?? 0));
    const width = textWidth(text, size);
    const anchor = attribute(attributes, 'text-anchor') ?? 'start';
    const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
    return { text, left, right: left + width, top: baseline - 0.8 * size, bottom: baseline + 0.2 * size };
  });
}

const describe = (box: TextBox) => `"${box.text}" (${box.left.toFixed(1)}–${box.right.toFixed(1)} × ${box.top.toFixed(1)}–${box.bottom.toFixed(1)})`;

/** Every text lies inside the width × height drawing (to within rounding). */
export function assertTextInside(markup: string, width: number, height: number, context = ''): void {
  for (const box of textBoxes(markup)) {
    assert.ok(box.left >= -0.5 && box.right <= width + 0.5 && box.top >= -0.5 && box.bottom <= height + 0.5, `${context}${describe(box)} leaves the ${width}×${height} drawing`);
  }
}

/** No two texts cover each other. Boxes may touch; they may not overlap. */
export function assertNoTextOverlap(markup: string, context = ''): void {
  const boxes = textBoxes(markup).filter((box) => box.text.trim() !== '');
  for (const [index, a] of boxes.entries()) {
    for (const b of boxes.slice(index + 1)) {
      const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      assert.ok(!overlap, `${context}${describe(a)} overlaps ${describe(b)}`);
    }
  }
}

/** Both checks, the usual assertion for every band width: on a layout, or on markup of a given size. */
export function assertLegible(layout: Layout, context?: string): void;
export function assertLegible(markup: string, width: number, height: number, context?: string): void;
export function assertLegible(drawing: Drawing, widthOrContext?: number | string, height?: number, context = ''): void {
  if (typeof drawing === 'string') {
    assertTextInside(drawing, Number(widthOrContext), height ?? 0, context);
    assertNoTextOverlap(drawing, context);
  } else {
    const label = typeof widthOrContext === 'string' ? widthOrContext : '';
    assertTextInside(markupOf(drawing), drawing.width, drawing.height, label);
    assertNoTextOverlap(markupOf(drawing), label);
  }
}

const attrsOf = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((match) => [match[1]!, match[2]!]));

const overlaps = (a: TextBox, b: TextBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Vertical <line> segments (stems, spines, ticks), as zero-width boxes. */
export function verticalLines(markup: string): TextBox[] {
  return [...markup.matchAll(/<line([^>]*)\/>/g)].flatMap((match) => {
    const attrs = attrsOf(match[1]!);
    const [x1, x2, y1, y2] = ['x1', 'x2', 'y1', 'y2'].map((name) => Number(attrs[name] ?? 0)) as [number, number, number, number];
    return x1 === x2 ? [{ text: 'line', left: x1, right: x1, top: Math.min(y1, y2), bottom: Math.max(y1, y2) }] : [];
  });
}

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
