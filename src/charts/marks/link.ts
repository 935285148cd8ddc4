import { el, group, type SvgNode } from '../svg.ts';

export interface LinkDatum {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Straight connecting lines (a timeline's spine, the stem from an event to its label): structure, not data. */
export function link(links: readonly LinkDatum[], className = 'stroke-axis'): SvgNode | null {
  return group(
    { class: 'links', 'aria-hidden': 'true' },
    links.map((segment) => el('line', { ...segment, class: className, 'stroke-width': 1.5 })),
  );
}
