import { el, group, type SvgNode } from '../svg.ts';
import type { Frame } from '../dimensions.ts';
import { fontSize } from '../dimensions.ts';
import { text } from './text.ts';

/** A shaded vertical band from x0 to x1 (a period, a range of values or of columns), labelled at its top. */
export function rangeX(x0: number, x1: number, label: string, frame: Frame): SvgNode | null {
  const left = Math.min(x0, x1);
  const width = Math.abs(x1 - x0);
  return group({ class: 'annotation' }, [
    el('rect', { x: left, y: frame.top, width, height: frame.bottom - frame.top, class: 'fill-range' }),
    text(left + 4, frame.top + 2, label, { valign: 'top', size: fontSize.tick, halo: true }),
  ]);
}
