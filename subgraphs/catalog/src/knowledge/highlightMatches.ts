/** Marks of a match in text shown to people; everything else is escaped, so the result is safe HTML. */
const OPEN = '<mark>';
const CLOSE = '</mark>';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Spans [start, end) of the text (compared case-insensitively, NFKC) where any term occurs, merged. */
function matchSpans(text: string, terms: readonly string[]): [number, number][] {
  const folded = text.normalize('NFKC').toLowerCase();
  // NFKC can change lengths (e.g. "㈱"); fall back to no highlighting rather than misplace marks.
  if (folded.length !== text.length) return [];
  const spans: [number, number][] = [];
  for (const term of terms) {
    if (term === '') continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) spans.push([at, at + term.length]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

function render(text: string, spans: readonly [number, number][], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const [start, end] of spans) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    out += escapeHtml(text.slice(at, s)) + OPEN + escapeHtml(text.slice(s, e)) + CLOSE;
    at = e;
  }
  return out + escapeHtml(text.slice(at, to));
}

/** The whole text as HTML with every occurrence of a term in <mark>. */
export function highlightMatches(text: string, terms: readonly string[]): string {
  return render(text, matchSpans(text, terms), 0, text.length);
}

/**
 * A window of about `length` characters of the text around its first match, as HTML with the
 * matches marked and "…" where the text was cut; the start of the text when nothing matches.
 */
export function highlightedSnippet(text: string, terms: readonly string[], length = 80): string {
  const spans = matchSpans(text, terms);
  if (text.length <= length) return render(text, spans, 0, text.length);
  const first = spans[0]?.[0] ?? 0;
  const from = Math.max(0, Math.min(first - Math.floor(length / 4), text.length - length));
  const to = Math.min(text.length, from + length);
  return `${from > 0 ? '…' : ''}${render(text, spans, from, to)}${to < text.length ? '…' : ''}`;
}
