import { el, type SvgNode } from '../svg.ts';
import { fontSize } from '../dimensions.ts';

export interface TextOptions {
  className?: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Vertical alignment relative to y: the text's middle, its top or its baseline. */
  valign?: 'middle' | 'top' | 'baseline';
  size?: number;
  weight?: 'normal' | 'bold';
  /** Paint a background-coloured outline under the glyphs so text stays legible over marks. */
  halo?: boolean;
}

// dy offsets in ems instead of dominant-baseline, which renderers (resvg among them) treat unevenly.
const dy = { middle: '0.35em', top: '0.8em', baseline: undefined } as const;

/** One line of real SVG text (never outlined), in chart text colours. */
export function text(x: number, y: number, content: string, options: TextOptions = {}): SvgNode {
  const { className = 'fill-text', anchor = 'start', valign = 'baseline', size = fontSize.label, weight = 'normal', halo = false } = options;
  return el(
    'text',
    {
      x,
      y,
      dy: dy[valign],
      'text-anchor': anchor === 'start' ? undefined : anchor,
      'font-size': size,
      'font-weight': weight === 'bold' ? 600 : undefined,
      class: halo ? `${className} halo` : className,
      'paint-order': halo ? 'stroke' : undefined,
    },
    content,
  );
}
