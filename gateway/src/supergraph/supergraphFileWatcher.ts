import { readFileSync, statSync } from 'node:fs';

/**
 * Watches a composed supergraph file and hands each changed content to `onChange`, polling the
 * file's identity, size and mtime every `intervalMs` (dependable on every file system and
 * through atomic renames) and reading it whenever they change. The first poll reads it whatever
 * they are, so that a change made between the caller's read (`initial`) and that poll is not
 * lost — Node's watchFile would take the changed file as its starting point and never report it.
 */
export function watchSupergraphFile(file: string, initial: string, onChange: (sdl: string) => void, intervalMs = 500): { close(): void } {
  let last = initial;
  let seen: string | undefined;
  const poll = () => {
    let text: string;
    let signature: string;
    try {
      const stat = statSync(file);
      signature = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
      if (signature === seen) return;
      text = readFileSync(file, 'utf8');
    } catch {
      return; // missing or being replaced; a later poll sees the new file
    }
    seen = signature;
    if (text === last) return;
    last = text;
    onChange(text);
  };
  const timer = setInterval(poll, intervalMs);
  timer.unref();
  return { close: () => clearInterval(timer) };
}
