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

export interface RuleYPlacement {
  /** The end of the line the label sits at. */
  side: 'start' | 'end';
  below: boolean;
}

/** A horizontal reference line at y, labelled above it on the right unless the chart places the label elsewhere (clear of its data). */
export function ruleY(y: number, label: string, frame: Frame, placement: RuleYPlacement = { side: 'end', below: false }): SvgNode | null {
  const x = placement.side === 'end' ? frame.right : frame.left;
  return group({ class: 'annotation' }, [
    el('line', { x1: frame.left, x2: frame.right, y1: y, y2: y, class: 'stroke-annotation', 'stroke-dasharray': '5 4' }),
    text(x, placement.below ? y + 5 : y - 5, label, { anchor: placement.side === 'end' ? 'end' : 'start', valign: placement.below ? 'top' : 'baseline', size: fontSize.tick, halo: true }),
  ]);
}
