/** A problem in one content file, reported with the field and what was expected. */
export interface ContentError {
  /** Path of the file, relative to the project root, e.g. content/projects/foo.mdx. */
  file: string;
  /** Dotted path of the field, e.g. `location.lat` or `links.upstream.0.projects.1`; empty for the whole file. */
  field: string;
  message: string;
}

export function formatContentError(error: ContentError): string {
  return `${error.file}: ${error.field ? `${error.field}: ` : ''}${error.message}`;
}

/** One error for the build log or the console, every problem on its own line. */
export class ContentValidationError extends Error {
  readonly errors: ContentError[];
  constructor(errors: ContentError[]) {
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((error) => `  - ${formatContentError(error)}`).join('\n'),
    );
    this.name = 'ContentValidationError';
    this.errors = errors;
  }
}
