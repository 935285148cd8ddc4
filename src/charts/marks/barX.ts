import { el, group, type SvgNode } from '../svg.ts';

export interface BarXDatum {
  x0: number;
  x1: number;
  y: number;
  height: number;
  className: string;
  /** Drawn outlined and dashed: a derived or estimated value, not a reported one. */
  estimate?: boolean;
  /** What the browser's tooltip and keyboard focus announce for this bar. */
  label: string;
  value: string;
}

/** Horizontal bars. Each carries its label and formatted value for the enhancement script. */
export function barX(bars: readonly BarXDatum[]): SvgNode | null {
  return group(
    { class: 'marks' },
    bars.map((bar, index) => barRect(Math.min(bar.x0, bar.x1), bar.y, Math.abs(bar.x1 - bar.x0), bar.height, bar, index)),
  );
}

/** Shared by barX and barY: a rect with the data attributes the browser reads. */
export function barRect(x: number, y: number, width: number, height: number, bar: Omit<BarXDatum, 'x0' | 'x1' | 'y' | 'height'>, index: number): SvgNode {
  const fill = bar.className.replace(/^fill-/, '');
  return el('rect', {
    x,
    y,
    width: Math.max(width, 0.5),
    height: Math.max(height, 0.5),
    class: bar.estimate ? `fill-estimate stroke-${fill} estimate` : bar.className,
    'stroke-width': bar.estimate ? 2 : undefined,
    'stroke-dasharray': bar.estimate ? '4 3' : undefined,
    'data-mark': index,
    'data-label': bar.label,
    'data-value': bar.value,
  });
}
