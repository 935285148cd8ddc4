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
    ...ticks.map((tick, index) =>
      el(
        'g',
        {},
        el('line', { x1: tick.position, x2: tick.position, y1: frame.bottom, y2: frame.bottom + 5, class: 'stroke-axis' }),
        text(tick.position, frame.bottom + 8, tick.label, { anchor: axisXAnchor(ticks, index, frame), valign: 'top', size: fontSize.tick, className: 'fill-muted' }),
      ),
    ),
  ]);
}

/** Centred labels, except the first and last when they sit at the plot's edges; exported so charts can measure ticks before drawing them. */
export function axisXAnchor(ticks: readonly AxisTick[], index: number, frame: Frame): 'start' | 'middle' | 'end' {
  const position = ticks[index]?.position ?? 0;
  if (index === 0 && position - frame.left < 20) return 'start';
  if (index === ticks.length - 1 && frame.right - position < 20) return 'end';
  return 'middle';
}
