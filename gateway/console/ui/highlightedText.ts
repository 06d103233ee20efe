/**
 * The search's highlighted fields are HTML: everything escaped, matches in <mark>. They are
 * never parsed as HTML here — split at the marks, each part unescaped and set as text — so
 * the page keeps no HTML sink (Trusted Types forbids one anyway).
 */
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function unescape(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

export function highlightedText(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parts = html.split(/(<mark>.*?<\/mark>)/s);
  for (const part of parts) {
    if (!part) continue;
    const marked = /^<mark>(.*)<\/mark>$/s.exec(part);
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = unescape(marked[1] ?? '');
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(unescape(part)));
    }
  }
  return fragment;
}
