import { el, group, type SvgNode } from '../svg.ts';
import type { Frame } from '../dimensions.ts';
import { fontSize, textWidth } from '../dimensions.ts';
import { text } from './text.ts';

/** A shaded vertical band from x0 to x1 (a period, a range of values or of columns), labelled at its top. */
export function rangeX(x0: number, x1: number, label: string, frame: Frame): SvgNode | null {
  const left = Math.min(x0, x1);
  const width = Math.abs(x1 - x0);
  const place = rangeXLabel(x0, x1, label, frame.width);
  return group({ class: 'annotation' }, [
    el('rect', { x: left, y: frame.top, width, height: frame.bottom - frame.top, class: 'fill-range' }),
    text(place.x, frame.top + 2, label, { anchor: place.anchor, valign: 'top', size: fontSize.tick, halo: true }),
  ]);
}

/** Where rangeX writes its label: inside the band from its left, or from its right when that would leave the drawing. */
export function rangeXLabel(x0: number, x1: number, label: string, drawingWidth: number) {
  const width = textWidth(label, fontSize.tick);
  const left = Math.min(x0, x1) + 4;
  if (left + width <= drawingWidth) return { x: left, anchor: 'start' as const, left, right: left + width };
  const right = Math.min(Math.max(x0, x1), drawingWidth) - 4;
  return { x: right, anchor: 'end' as const, left: right - width, right };
}
