import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * A command's arguments (node:util parseArgs), or — for an option it does not know, one given
 * without its value, a value where none is taken — one line naming the mistake and how the
 * command is used, and exit code 2: an operator's typo, not a stack trace.
 */
export function commandArguments<T extends ParseArgsConfig>(command: string, usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error;
    // Node's own advice on positionals starting with '-' is about its parser, not this command.
    process.stderr.write(`${command}: ${(error as Error).message.split('\n')[0]?.split('. To specify a positional')[0]}\nusage: ${usage}\n`);
    process.exit(2);
  }
}
