import { el, group, type SvgNode } from '../svg.ts';
import type { Frame } from '../dimensions.ts';
import { fontSize } from '../dimensions.ts';
import { text } from './text.ts';

export interface AxisTick {
  position: number;
  label: string;
}

/** Tick labels under the plot (categories or dates), with a short tick mark and an optional baseline. */
export function axisX(ticks: readonly AxisTick[], frame: Frame, options: { baseline?: boolean } = {}): SvgNode | null {
  return group({ class: 'axis axis-x', 'aria-hidden': 'true' }, [
    options.baseline ? el('line', { x1: frame.left, x2: frame.right, y1: frame.bottom, y2: frame.bottom, class: 'stroke-axis' }) : null,
    ...ticks.map((tick, index) => {
      const anchor = ticks.length > 1 && index === 0 && tick.position - frame.left < 20 ? 'start' : ticks.length > 1 && index === ticks.length - 1 && frame.right - tick.position < 20 ? 'end' : 'middle';
      return el(
        'g',
        {},
        el('line', { x1: tick.position, x2: tick.position, y1: frame.bottom, y2: frame.bottom + 5, class: 'stroke-axis' }),
        text(tick.position, frame.bottom + 8, tick.label, { anchor, valign: 'top', size: fontSize.tick, className: 'fill-muted' }),
      );
    }),
  ]);
}
