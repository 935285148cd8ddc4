import { el, group, type SvgNode } from '../svg.ts';
import type { Frame } from '../dimensions.ts';
import { fontSize, textWidth } from '../dimensions.ts';
import { text } from './text.ts';

export interface Tick {
  value: number;
  position: number;
  label: string;
}

/** Vertical grid lines with their labels above the plot: the value scale of horizontal bars. */
export function gridX(ticks: readonly Tick[], frame: Frame): SvgNode | null {
  return group(
    { class: 'grid', 'aria-hidden': 'true' },
    ticks.map((tick) =>
      el(
        'g',
        {},
        el('line', { x1: tick.position, x2: tick.position, y1: frame.top, y2: frame.bottom, class: tick.value === 0 ? 'stroke-axis' : 'stroke-grid' }),
        text(tick.position, frame.top - 6, tick.label, { anchor: edgeAnchor(tick, frame), size: fontSize.tick, className: 'fill-muted' }),
      ),
    ),
  );
}

/** Centred labels, except where centring would push one past the drawing's edge. */
export function edgeAnchor(tick: Tick, frame: Frame): 'start' | 'middle' | 'end' {
  const half = textWidth(tick.label, fontSize.tick) / 2;
  if (tick.position - half < 0) return 'start';
  if (tick.position + half > frame.width) return 'end';
  return 'middle';
}

/** Horizontal grid lines with labels sitting on them at the left: the value scale of columns and lines. */
export function gridY(ticks: readonly Tick[], frame: Frame): SvgNode | null {
  return group(
    { class: 'grid', 'aria-hidden': 'true' },
    ticks.map((tick) =>
      el(
        'g',
        {},
        el('line', { x1: frame.left, x2: frame.right, y1: tick.position, y2: tick.position, class: tick.value === 0 ? 'stroke-axis' : 'stroke-grid' }),
        text(frame.left, tick.position - 4, tick.label, { size: fontSize.tick, className: 'fill-muted' }),
      ),
    ),
  );
}
