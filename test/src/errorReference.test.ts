import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README's "Errors" section names every `reason` the product gives a client, so that an app
 * can act on one without reading the source: a reason written into product code and missing
 * there fails here.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_ROOTS = ['shared/src', 'gateway/src', ...['catalog', 'shanghai', 'jiangsu', 'zhejiang', 'anhui'].map((name) => `subgraphs/${name}/src`)];

/** Where product code states a reason: `reason: 'X'`, forbidden/conflict('X', …), and the submission check's handedIn/promised(…, 'X', …). */
const REASON_PATTERNS = [/reason: '([A-Z][A-Z0-9_]+)'/g, /\b(?:forbidden|conflict|unauthenticated)\(\s*'([A-Z][A-Z0-9_]+)'/g, /\b(?:handedIn|promised)\([^,()]+,\s*'([A-Z][A-Z0-9_]+)'/g];

function productFiles(): string[] {
  return SOURCE_ROOTS.flatMap((root) =>
    readdirSync(join(ROOT, root), { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.ts') && !/\.(test|fixture)\.ts$/.test(path) && !path.includes('node_modules'))
      .map((path) => join(ROOT, root, path)),
  );
}

function reasonsInCode(): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const file of productFiles()) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of REASON_PATTERNS) {
      for (const match of text.matchAll(pattern)) if (!reasons.has(match[1] as string)) reasons.set(match[1] as string, file.slice(ROOT.length + 1));
    }
  }
  return reasons;
}

function errorsSection(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Errors\n');
  expect(start, 'README has an "Errors" section').toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe('the README’s error reference', () => {
  it('names every reason the product gives', () => {
    const section = errorsSection();
    const reasons = reasonsInCode();
    expect(reasons.size, 'the scan finds the reasons it is meant to').toBeGreaterThan(50);
    const missing = [...reasons].filter(([reason]) => !new RegExp(`\`${reason}\``).test(section)).map(([reason, file]) => `${reason} (${file})`);
    expect(missing).toEqual([]);
  });
});
