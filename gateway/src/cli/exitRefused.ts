/** A start refused: one line after the command the operator ran (`npm start: …`), exit code 1. */
export function exitRefused(command: string, message: string): never {
  process.stderr.write(`${command}: ${message}\n`);
  process.exit(1);
}
