import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeNotes } from '../../src/lib/feedItems.ts';

test('changeNotes(corrections) words each change as the log does, newest first', () => {
  const notes = changeNotes([
    { date: new Date('2024-05-03'), kind: 'correction', text: 'The day was wrong.' },
    { date: new Date('2024-05-05'), kind: 'update', text: 'A paragraph was added.' },
  ]);
  assert.deepEqual(notes, ['Update, 5 May 2024: A paragraph was added.', 'Correction, 3 May 2024: The day was wrong.']);
});

test('changeNotes([]) is empty, so an uncorrected item carries its summary alone', () => {
  assert.deepEqual(changeNotes([]), []);
});
