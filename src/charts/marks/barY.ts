import { group, type SvgNode } from '../svg.ts';
import { barRect, type BarXDatum } from './barX.ts';

export interface BarYDatum extends Omit<BarXDatum, 'x0' | 'x1' | 'y' | 'height'> {
  x: number;
  width: number;
  y0: number;
  y1: number;
}

/** Vertical bars (columns). */
export function barY(bars: readonly BarYDatum[]): SvgNode | null {
  return group(
    { class: 'marks' },
    bars.map((bar, index) => barRect(bar.x, Math.min(bar.y0, bar.y1), bar.width, Math.abs(bar.y1 - bar.y0), bar, index)),
  );
}
