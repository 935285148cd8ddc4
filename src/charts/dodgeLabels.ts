// Direct labels sit beside the ends of lines, at the height of each line's value. Lines that end
// close together would print their labels on top of each other, so the labels are moved apart
// vertically: as little as possible, keeping their order, and never outside the drawing.

export interface DodgeItem {
  /** Where the label's centre wants to be. */
  y: number;
  /** The label's height (all its lines). */
  height: number;
}

export interface DodgeBounds {
  min: number;
  max: number;
}

interface Block {
  /** Item indexes, top to bottom. */
  members: number[];
  /** Total height of the members and the gaps between them. */
  height: number;
  /** Sum over members of the block top each member wants (its wanted top minus its offset in the block). */
  wantedTops: number;
  top: number;
}

/**
 * Label centres, in input order, that do not overlap (`gap` apart) and stay within bounds.
 * Labels keep the order of the positions they want. Overlapping neighbours merge into a block
 * placed at the mean of what its members want, which minimises the squared displacement (the
 * "pool adjacent violators" idea); a block pushed past a bound is clamped and may then merge
 * with the block above it. If the labels are taller than the bounds allow, they start at
 * `min` and run past `max`: the caller must leave room (the charts grow their height).
 */
export function dodgeLabels(items: readonly DodgeItem[], bounds: DodgeBounds, gap = 2): number[] {
  const order = items.map((_, index) => index).sort((a, b) => items[a]!.y - items[b]!.y || a - b);
  const place = (block: Block) => Math.max(bounds.min, Math.min(block.wantedTops / block.members.length, bounds.max - block.height));
  const blocks: Block[] = [];
  for (const index of order) {
    const item = items[index]!;
    const block: Block = { members: [index], height: item.height, wantedTops: item.y - item.height / 2, top: 0 };
    block.top = place(block);
    blocks.push(block);
    for (;;) {
      const last = blocks.at(-1)!;
      const previous = blocks.at(-2);
      if (!previous || previous.top + previous.height + gap <= last.top) break;
      const shift = previous.height + gap;
      const merged: Block = {
        members: [...previous.members, ...last.members],
        height: shift + last.height,
        wantedTops: previous.wantedTops + last.wantedTops - shift * last.members.length,
        top: 0,
      };
      merged.top = place(merged);
      blocks.splice(-2, 2, merged);
    }
  }
  const centres = new Array<number>(items.length);
  for (const block of blocks) {
    let top = block.top;
    for (const index of block.members) {
      const height = items[index]!.height;
      centres[index] = top + height / 2;
      top += height + gap;
    }
  }
  return centres;
}
