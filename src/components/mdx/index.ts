import Chart from './Chart.astro';
import Link from './Link.astro';

/** Components every story can use in MDX without an import line. */
export const mdxComponents = { a: Link, Chart };
