import assert from 'node:assert/strict';
import type { Layout } from '../../../src/charts/chart.ts';
import { textWidth } from '../../../src/charts/dimensions.ts';
import type { Child, SvgNode } from '../../../src/charts/svg.ts';

// Checks a reader would make by eye, on the layout tree a chart returns: does any text run off
// the drawing, does any text print over another. Text is measured the way the charts measure
// it (textWidth), with glyphs from 0.8 em above the baseline to 0.25 em below it.

export interface TextBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

// The dy offsets of marks/text.ts, in ems: from the y attribute to the baseline.
const baselineShift: Record<string, number> = { '0.35em': 0.35, '0.8em': 0.8 };

function collect(node: Child, boxes: TextBox[]): void {
  if (!node || typeof node === 'string') return;
  if (node.tag === 'text') boxes.push(textBox(node));
  else for (const child of node.children) collect(child, boxes);
}

function textBox(node: SvgNode): TextBox {
  const content = node.children.filter((child): child is string => typeof child === 'string').join('');
  const size = Number(node.attrs['font-size']);
  const width = textWidth(content, size);
  const x = Number(node.attrs['x']);
  const anchor = node.attrs['text-anchor'];
  const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
  const baseline = Number(node.attrs['y']) + (baselineShift[String(node.attrs['dy'])] ?? 0) * size;
  return { text: content, left, right: left + width, top: baseline - 0.8 * size, bottom: baseline + 0.25 * size };
}

/** Every text of a layout with its estimated box. */
export function textBoxes(layout: Layout): TextBox[] {
  const boxes: TextBox[] = [];
  for (const mark of layout.marks) collect(mark, boxes);
  return boxes;
}

const describe = (box: TextBox) => `"${box.text}" (${box.left.toFixed(0)}–${box.right.toFixed(0)} × ${box.top.toFixed(0)}–${box.bottom.toFixed(0)})`;

/** Fails naming the first text that leaves the drawing (half a unit of rounding allowed). */
export function assertTextInside(layout: Layout, context = ''): void {
  for (const box of textBoxes(layout)) {
    const inside = box.left >= -0.5 && box.right <= layout.width + 0.5 && box.top >= -0.5 && box.bottom <= layout.height + 0.5;
    assert.ok(inside, `${context}${describe(box)} leaves the ${layout.width}×${layout.height.toFixed(0)} drawing`);
  }
}

/** Fails naming the first two texts that print over each other. */
export function assertNoTextOverlap(layout: Layout, context = ''): void {
  const boxes = textBoxes(layout);
  for (const [index, a] of boxes.entries()) {
    for (const b of boxes.slice(index + 1)) {
      const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      assert.ok(!overlap, `${context}${describe(a)} overlaps ${describe(b)}`);
    }
  }
}

/** Both checks, as every chart test at every band width wants them. */
export function assertLegible(layout: Layout, context = ''): void {
  assertTextInside(layout, context);
  assertNoTextOverlap(layout, context);
}
