/**
 * A setting the process refuses: its message names the variable, what is wrong and what is
 * accepted, in one line. An operator fixes the environment from that line; a stack trace would
 * only bury it. A RangeError, as the refusals of the settings always were.
 */
export class ConfigurationError extends RangeError {
  override readonly name = 'ConfigurationError';
}

