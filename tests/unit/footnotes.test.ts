import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Footnotes } from '../../src/lib/footnotes.ts';

test('footnotes.number(body) numbers notes in the order their references appear, not the order they were added', () => {
  const footnotes = new Footnotes();
  const second = footnotes.add('Second note.');
  const first = footnotes.add('First note.');
  const { html, notes } = footnotes.number(`<p>A${first} and B${second}.</p>`);
  assert.deepEqual(notes, [
    { number: 1, html: 'First note.' },
    { number: 2, html: 'Second note.' },
  ]);
  assert.equal(
    html,
    '<p>A<sup class="footnote-ref"><a href="#note-1" id="note-ref-1" aria-label="Note 1">1</a></sup> and B<sup class="footnote-ref"><a href="#note-2" id="note-ref-2" aria-label="Note 2">2</a></sup>.</p>',
  );
});

test('footnotes.number(body) without footnotes returns the body as it was', () => {
  assert.deepEqual(new Footnotes().number('<p>Plain.</p>'), { html: '<p>Plain.</p>', notes: [] });
});
