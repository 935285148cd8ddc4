import { group, type SvgNode } from '../svg.ts';
import { text } from './text.ts';

export interface SeriesLabel {
  x: number;
  /** The middle of the label's lines. */
  y: number;
  lines: readonly string[];
  anchor: 'start' | 'end';
  className: string;
}

/**
 * Names written at the ends of lines instead of a legend, so a reader never matches colours to
 * a key. Highlighted lines stand out by colour, not weight: bold text runs wider than measured.
 */
export function seriesLabels(labels: readonly SeriesLabel[], lineHeight: number): SvgNode | null {
  return group(
    { class: 'labels' },
    labels.flatMap((label) =>
      label.lines.map((line, index) =>
        text(label.x, label.y + (index - (label.lines.length - 1) / 2) * lineHeight, line, {
          anchor: label.anchor,
          valign: 'middle',
          className: label.className,
        }),
      ),
    ),
  );
}
