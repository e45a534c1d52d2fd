/**
 * The sign-in limits cannot be counted (Redis is not answering): the sign-in is refused with 503 rather than
 * let through uncounted, for a limit that lapses during an outage invites guessing.
 */
export class SignInLimitsUnavailable extends Error {
  override name = 'SignInLimitsUnavailable';
  readonly code = 'SIGN_IN_LIMITS_UNAVAILABLE';

  constructor(cause: unknown) {
    super(
      'Signing in is unavailable for a moment: its attempt limits cannot be counted. Try again shortly.',
      {
        cause,
      },
    );
  }

  /** The answer's body, the same whether better-auth's limiter or the per-account one could not count. */
  get body() {
    return { code: this.code, message: this.message };
  }
}
