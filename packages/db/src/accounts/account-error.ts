/** A mistake the person creating an account or a token can fix: printed as one line by the CLI. */
export class AccountError extends Error {
  override name = 'AccountError';
}
