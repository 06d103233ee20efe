import { ConfigurationError } from '../process/configurationError.ts';

/**
 * A province's implementation list (实施清单) that the item standard, as the hub serves it,
 * refuses: the province does not serve promises it cannot stand behind. The operator's to fix
 * (the list is the province's configuration), so told as a setting is — its message, no stack:
 * every problem, in the validator's words (each is also logged on its own line, at error level).
 */
export class ImplementationListRefused extends ConfigurationError {
  constructor(readonly problems: readonly string[]) {
    super(`its implementation list (实施清单) disagrees with the item standard the hub serves, in ${problems.length} place(s): ${problems.join('; ')}`);
  }
}
