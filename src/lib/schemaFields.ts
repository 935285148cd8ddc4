import { z } from 'astro/zod';

// Schema pieces shared by every content schema. Their messages are read by editors: say what was
// expected, and give an example where one helps.

/** Required, non-empty text; `what` says what it is for in the message. */
export const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `missing: ${what}` : `expected text: ${what}`) })
    .trim()
    .min(1, `empty: ${what}`);

/**
 * A strict object whose unknown-key message lists the keys it does know: typos are the usual
 * cause. `noun` is what the keys are called to an editor ("field", "option").
 */
export const fields = <T extends z.ZodRawShape>(what: string, shape: T, noun = 'field') =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown ${what} ${noun} ${issue.keys.map((key) => `"${key}"`).join(', ')}; expected one of: ${Object.keys(shape).join(', ')}`
        : undefined,
  });
