import { line as d3Line } from 'd3-shape';
import { el, round, type SvgNode } from '../svg.ts';

export interface LinePoint {
  x: number;
  /** null leaves a gap: a missing value is never drawn as zero. */
  y: number | null;
}

/** One series as a path; gaps where values are missing. */
export function line(points: readonly LinePoint[], className: string, attrs: Record<string, string | number> = {}): SvgNode {
  const path = d3Line<LinePoint>()
    .defined((point) => point.y !== null)
    .x((point) => round(point.x))
    .y((point) => round(point.y ?? 0))
    .digits(1);
  return el('path', { d: path(points) ?? '', class: `${className} line`, fill: 'none', 'stroke-width': 2.5, 'stroke-linejoin': 'round', 'stroke-linecap': 'round', ...attrs });
}
