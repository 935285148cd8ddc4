import { textWidth } from './dimensions.ts';

// Rectangles that labels and marks cover, for layouts that place text where it meets nothing else.

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Whether two boxes come closer than `gap` (0: whether they overlap at all). */
export const overlaps = (a: Box, b: Box, gap = 0): boolean =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

/** The box a line of text covers, from the same width estimate the layouts use everywhere. */
export function textBox(x: number, y: number, content: string, size: number, anchor: 'start' | 'middle' | 'end', valign: 'top' | 'baseline'): Box {
  const width = textWidth(content, size);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const top = valign === 'top' ? y : y - size * 0.8;
  return { left, right: left + width, top, bottom: top + size };
}
