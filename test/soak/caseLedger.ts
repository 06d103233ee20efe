/**
 * Everything the soak asked the provinces to remember, and what they acknowledged: every
 * idempotency key it used to open a case (acknowledged or not — a request whose answer was
 * lost may still have been stored), the case number the API gave back for it, and every
 * acknowledged submission with its key and status. The stores are checked against this.
 */
export interface OpenedCase {
  /** The key the client sent (`soak-…`). */
  readonly key: string;
  /** The key as the province stores it: the opening actor, then the client's key. */
  readonly storedKey: string;
  /** The filing province's subgraph name (its database file). */
  readonly province: string;
  readonly story: string;
  /** The case number the API acknowledged, once it did. */
  caseId: string | undefined;
}

export interface AcknowledgedSubmission {
  readonly caseId: string;
  readonly province: string;
  readonly key: string;
  readonly status: string;
  readonly story: string;
}

export class CaseLedger {
  readonly opens = new Map<string, OpenedCase>();
  readonly submissions: AcknowledgedSubmission[] = [];
  private sequence = 0;

  /** Every key the soak uses starts with this, so the stores can be searched for them. */
  constructor(readonly keyPrefix: string) {
    if (!/^[\w-]+$/.test(keyPrefix) || keyPrefix.includes('_')) throw new Error(`key prefix must be letters, digits and hyphens: ${keyPrefix}`);
  }

  /** A fresh idempotency key (1–64 of [A-Za-z0-9_-], as the provinces require). */
  nextKey(role: 'o' | 's', client: number): string {
    return `${this.keyPrefix}${client}-${(this.sequence++).toString(36)}-${role}`;
  }

  /** Records the key before the first request is sent, so a lost answer still leaves it on the books. */
  opening(key: string, storedKey: string, province: string, story: string): OpenedCase {
    const opened: OpenedCase = { key, storedKey, province, story, caseId: undefined };
    this.opens.set(key, opened);
    return opened;
  }

  acknowledgedOpens(): OpenedCase[] {
    return [...this.opens.values()].filter((opened) => opened.caseId !== undefined);
  }
}
