import { createHash } from 'node:crypto';
import { ConfigurationError } from '@yrd/shared/process/configurationError';

/**
 * YRD_SUPERGRAPH_FILE refused, in one line naming the variable: by the launcher before anything
 * starts (checkSupergraphFile.ts), and by a gateway that has no good schema to fall back on.
 * Apollo's reasons can run over several lines (a list of validation errors): joined into one.
 */
export function refusedSupergraphFile(file: string, error: unknown): ConfigurationError {
  const reason = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ').trim();
  return new ConfigurationError(`YRD_SUPERGRAPH_FILE ${file} does not load: ${reason}`);
}

/** A supergraph's name in the log: Apollo Gateway's composition id for it, the SHA-256 of its text. */
export function compositionIdOf(sdl: string): string {
  return createHash('sha256').update(sdl).digest('hex');
}
