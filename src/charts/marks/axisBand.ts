import { el, group, type SvgNode } from '../svg.ts';
import type { Frame } from '../dimensions.ts';
import { fontSize } from '../dimensions.ts';
import { text } from './text.ts';

export interface BandTick {
  /** The column's centre, where the tick mark sits. */
  position: number;
  /** The label, wrapped to the column's width when it is a long name. */
  lines: string[];
  /** Where the label is anchored: under the column, or pulled in from an edge of the drawing. */
  x: number;
  anchor: 'start' | 'middle' | 'end';
  /** The label's first line: 0 right under the plot; staggered labels start lower, reached by a longer tick. */
  line: number;
  bold: boolean;
}

/** Height of one line of band labels. */
export const bandLabelLine = fontSize.tick + 5;

/** Room the axis takes under the plot for labels on `lines` lines. */
export const axisBandHeight = (lines: number) => 7 + lines * bandLabelLine;

/** Category labels under columns, each tied to its column by a tick; the chart decides which to show and where. */
export function axisBand(ticks: readonly BandTick[], frame: Frame): SvgNode | null {
  return group(
    { class: 'axis axis-x', 'aria-hidden': 'true' },
    ticks.map((tick) =>
      el(
        'g',
        {},
        el('line', { x1: tick.position, x2: tick.position, y1: frame.bottom, y2: frame.bottom + 4 + tick.line * bandLabelLine, class: 'stroke-axis' }),
        tick.lines.map((line, index) =>
          text(tick.x, frame.bottom + 7 + (tick.line + index) * bandLabelLine, line, {
            anchor: tick.anchor,
            valign: 'top',
            size: fontSize.tick,
            weight: tick.bold ? 'bold' : 'normal',
          }),
        ),
      ),
    ),
  );
}
