import { el, type SvgNode } from '../svg.ts';
import { fontSize } from '../dimensions.ts';
import { text } from './text.ts';

/** Radius of the ring around an annotated point; labels are placed clear of it. */
export const pointNoteRadius = 7;

/** An annotated data point: a ring around it and a short note starting at (labelX, labelY), haloed to read over lines. */
export function pointNote(x: number, y: number, label: string, labelX: number, labelY: number): SvgNode {
  return el(
    'g',
    { class: 'annotation' },
    el('circle', { cx: x, cy: y, r: pointNoteRadius, fill: 'none', class: 'stroke-annotation', 'stroke-width': 1.5 }),
    text(labelX, labelY, label, { valign: 'middle', size: fontSize.tick, halo: true }),
  );
}
