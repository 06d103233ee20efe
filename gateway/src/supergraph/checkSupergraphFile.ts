import { readFile } from 'node:fs/promises';
import { supergraphApiSchema } from '../persistedOperations/operationManifest.ts';
import { refusedSupergraphFile } from './supergraphFileRefusal.ts';

/**
 * The launcher's check of YRD_SUPERGRAPH_FILE before anything starts: the file is read and loaded
 * by an Apollo Gateway — the gateway's own loader, with its rules (validation as NODE_ENV says) —
 * that serves nothing and is stopped again. Refused in one line naming the variable.
 */
export async function checkSupergraphFile(file: string): Promise<void> {
  try {
    await supergraphApiSchema(await readFile(file, 'utf8'));
  } catch (error) {
    throw refusedSupergraphFile(file, error);
  }
}
