// schema.org JSON-LD for search engines and link previews: a NewsArticle per story, a Dataset per
// chart (its CSV as the distribution). Plain functions of absolute URLs and dates, so they are
// tested without a build.

export interface Organisation {
  name: string;
  url: string;
  logo?: string | undefined;
}

export interface ImageRef {
  url: string;
  width: number;
  height: number;
}

export interface ArticleInput {
  url: string;
  headline: string;
  description: string;
  published: Date;
  modified?: Date | undefined;
  authors: { name: string; url: string }[];
  tags: readonly string[];
  lang: string;
  image: ImageRef;
  publisher: Organisation;
}

export function newsArticle(input: ArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: input.url,
    url: input.url,
    headline: input.headline,
    description: input.description,
    datePublished: input.published.toISOString(),
    // Search engines read a missing dateModified as "never changed": say so explicitly.
    dateModified: (input.modified ?? input.published).toISOString(),
    author: input.authors.map((author) => ({ '@type': 'Person', name: author.name, url: author.url })),
    keywords: input.tags.join(', '),
    inLanguage: input.lang,
    image: imageObject(input.image),
    publisher: organisation(input.publisher),
    isAccessibleForFree: true,
  };
}

export interface DatasetInput {
  url: string;
  name: string;
  description: string;
  /** The story the chart belongs to. */
  story: { url: string; headline: string };
  published: Date;
  modified?: Date | undefined;
  csvUrl: string;
  sources: readonly { name: string; url?: string | undefined }[];
  licence: string;
  image: ImageRef;
  publisher: Organisation;
  illustrative: boolean;
}

export function dataset(input: DatasetInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    url: input.url,
    name: input.name,
    description: input.illustrative ? `${input.description} Illustrative data, not reporting.` : input.description,
    datePublished: input.published.toISOString(),
    dateModified: (input.modified ?? input.published).toISOString(),
    license: input.licence,
    isAccessibleForFree: true,
    creator: organisation(input.publisher),
    publisher: organisation(input.publisher),
    image: imageObject(input.image),
    isPartOf: { '@type': 'NewsArticle', url: input.story.url, headline: input.story.headline },
    isBasedOn: input.sources.map((source) => (source.url ? { '@type': 'CreativeWork', name: source.name, url: source.url } : { '@type': 'CreativeWork', name: source.name })),
    distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: input.csvUrl }],
  };
}

/** JSON-LD as the text of a <script> element: `<` escaped so no value can close the element. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

function organisation(org: Organisation): Record<string, unknown> {
  return { '@type': 'NewsMediaOrganization', name: org.name, url: org.url, ...(org.logo && { logo: org.logo }) };
}

function imageObject(image: ImageRef): Record<string, unknown> {
  return { '@type': 'ImageObject', url: image.url, width: image.width, height: image.height };
}
