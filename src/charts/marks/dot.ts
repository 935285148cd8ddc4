import { el, group, type SvgNode } from '../svg.ts';

export interface DotDatum {
  x: number;
  y: number;
  className: string;
  label: string;
  value: string;
  r?: number;
  /** Not painted, yet still a tooltip and focus target: lines too dense for a dot on every point keep one mark per point. */
  hidden?: boolean;
}

/** Points, each carrying its label and value for tooltips and keyboard focus. */
export function dot(dots: readonly DotDatum[]): SvgNode | null {
  return group(
    { class: 'marks' },
    dots.map((point, index) =>
      el('circle', {
        cx: point.x,
        cy: point.y,
        r: point.r ?? 4,
        ...(point.hidden ? { 'fill-opacity': 0 } : { class: `${point.className} stroke-bg`, 'stroke-width': 1.5 }),
        'data-mark': index,
        'data-label': point.label,
        'data-value': point.value,
      }),
    ),
  );
}
