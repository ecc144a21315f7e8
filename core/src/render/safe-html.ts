/**
 * Plan prose rendered to HTML that is safe to put in a report: Markdown via
 * remark, converted with remark-rehype (raw HTML dropped), then cleaned by
 * rehype-sanitize's GitHub-style allow-list, so a `<script>` or a
 * `javascript:` link in a plan can never run.
 */
export async function renderMarkdownSafe(markdown: string): Promise<string> {
  const processor = await markdownProcessor();
  return String(await processor.process(markdown));
}

type Processor = { process(text: string): Promise<unknown> };
let cached: Promise<Processor> | undefined;

function markdownProcessor(): Promise<Processor> {
  cached ??= (async () => {
    // These packages are ES modules only; a dynamic import loads them from CommonJS.
    const [{ unified }, { default: remarkParse }, { default: remarkRehype }, { default: rehypeSanitize }, { default: rehypeStringify }] = await Promise.all([
      import('unified'),
      import('remark-parse'),
      import('remark-rehype'),
      import('rehype-sanitize'),
      import('rehype-stringify'),
    ]);
    return unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);
  })();
  return cached;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}
