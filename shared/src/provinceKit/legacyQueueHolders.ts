import type { SqliteDatabase } from '../store/openDatabase.ts';
import { onlyKindNamedBy } from '../subjects/subjectIdentity.ts';

/**
 * Queue tickets taken before a holder was known by kind as well as number (migration 15): each
 * gets the one kind of subject its number can name (a resident identity number a person, a
 * credit code an enterprise), and its idempotency key the kind in front, as new tickets have it,
 * so that the holder's retry still finds it. A number valid as both names two holders and the
 * ticket does not say which took it: it stays without a kind — neither is its holder (it is
 * cancelled with its cancel code), its key answers nobody's retry, and it still holds its place
 * in the queue until it is called or its day ends. Runs when a queue store opens; touches only
 * tickets without a kind, so a second run changes nothing but looks at those again.
 */
export function placeLegacyQueueHolders(db: SqliteDatabase): number {
  const unplaced = db.prepare<[], { id: string; holder: string }>('SELECT id, holder FROM queue_ticket WHERE holder_kind IS NULL');
  const place = db.prepare<[string, string, string]>("UPDATE queue_ticket SET holder_kind = ?, idempotency_key = ? || ':' || idempotency_key WHERE id = ? AND holder_kind IS NULL");
  let placed = 0;
  db.transaction(() => {
    for (const row of unplaced.all()) {
      const kind = onlyKindNamedBy(row.holder);
      if (kind) placed += place.run(kind, kind, row.id).changes;
    }
  })();
  return placed;
}
