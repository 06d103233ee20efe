import { readFileSync, unwatchFile, watchFile } from 'node:fs';

/**
 * Watches a composed supergraph file and hands each changed content to `onChange` (polling the
 * file's mtime: dependable on every file system and through atomic renames).
 */
export function watchSupergraphFile(file: string, initial: string, onChange: (sdl: string) => void, intervalMs = 500): { close(): void } {
  let last = initial;
  const listener = () => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return; // being replaced; the next poll sees the new file
    }
    if (text === last) return;
    last = text;
    onChange(text);
  };
  watchFile(file, { interval: intervalMs, persistent: false }, listener);
  return { close: () => unwatchFile(file, listener) };
}
