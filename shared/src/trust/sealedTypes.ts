/**
 * The two types of a sealed message: its own (`typ` of the JWE) and the signed message inside
 * (`cty`). On its own, free of Node modules, so that message definitions the console shares
 * (evidenceMessages.ts) can name them without pulling in the cryptography.
 */
export interface SealedTypes {
  readonly sealed: string;
  readonly signed: string;
}
