import { el, group, type SvgNode } from '../svg.ts';
import type { Frame } from '../dimensions.ts';
import { fontSize, textWidth } from '../dimensions.ts';
import { text } from './text.ts';

// Reference lines are dashed and labelled in the text colour, so they read as annotation, not data.

/** A vertical reference line at x, labelled just below the plot (the chart leaves room there). */
export function ruleX(x: number, label: string, frame: Frame): SvgNode | null {
  const half = textWidth(label, fontSize.tick) / 2;
  const anchor = x - half < 0 ? 'start' : x + half > frame.width ? 'end' : 'middle';
  return group({ class: 'annotation' }, [
    el('line', { x1: x, x2: x, y1: frame.top, y2: frame.bottom + 4, class: 'stroke-annotation', 'stroke-dasharray': '5 4' }),
    text(x, frame.bottom + 6, label, { anchor, valign: 'top', size: fontSize.tick }),
  ]);
}

/** Room a chart leaves under its plot for ruleX labels. */
export const ruleXLabelRoom = fontSize.tick + 10;

export interface RuleYLabelPlace {
  side: 'left' | 'right';
  below: boolean;
}

/** A horizontal reference line at y, labelled above it on the right unless told where (to dodge other labels). */
export function ruleY(y: number, label: string, frame: Frame, place: RuleYLabelPlace = { side: 'right', below: false }): SvgNode | null {
  return group({ class: 'annotation' }, [
    el('line', { x1: frame.left, x2: frame.right, y1: y, y2: y, class: 'stroke-annotation', 'stroke-dasharray': '5 4' }),
    text(place.side === 'right' ? frame.right : frame.left, place.below ? y + 5 : y - 5, label, {
      anchor: place.side === 'right' ? 'end' : 'start',
      valign: place.below ? 'top' : 'baseline',
      size: fontSize.tick,
      halo: true,
    }),
  ]);
}
