import Aside from './Aside.astro';
import Chart from './Chart.astro';
import Footnote from './Footnote.astro';
import Image from './Image.astro';
import Link from './Link.astro';
import PullQuote from './PullQuote.astro';
import Value from './Value.astro';

/** Components every story can use in MDX without an import line. */
export const mdxComponents = { a: Link, img: Image, Aside, Chart, Footnote, PullQuote, Value };
