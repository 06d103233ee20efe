import { describe, expect, it } from 'vitest';
import { highlightedSnippet, highlightMatches } from './highlightMatches.ts';

describe('highlightMatches', () => {
  it('marks every occurrence, merging overlapping terms', () => {
    expect(highlightMatches('公积金贷款证明与公积金', ['公积金', '金贷款'])).toBe('<mark>公积金贷款</mark>证明与<mark>公积金</mark>');
  });

  it('escapes the text so the result is safe HTML', () => {
    expect(highlightMatches('<b>社保</b> & "证明"', ['社保'])).toBe('&lt;b&gt;<mark>社保</mark>&lt;/b&gt; &amp; &quot;证明&quot;');
  });

  it('matches case- and width-insensitively', () => {
    expect(highlightMatches('ＡＢＣ办理abc', ['abc'])).toBe('<mark>ＡＢＣ</mark>办理<mark>abc</mark>');
  });
});

describe('highlightedSnippet', () => {
  const long = `${'前文'.repeat(60)}这里说到异地贷款证明的办理${'后文'.repeat(60)}`;

  it('cuts a window around the first match with ellipses', () => {
    const snippet = highlightedSnippet(long, ['异地贷款'], 40);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('<mark>异地贷款</mark>');
    expect(snippet.replace(/<\/?mark>|…/g, '').length).toBe(40);
  });

  it('shows the start of the text when nothing matches, and short text whole', () => {
    expect(highlightedSnippet(long, ['没有'], 10)).toBe(`${'前文'.repeat(5)}…`);
    expect(highlightedSnippet('短文本', ['文'])).toBe('短<mark>文</mark>本');
  });
});
