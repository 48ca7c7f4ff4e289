// The access token's lifecycle: one token shared by every request, renewed shortly before
// it expires or once the API has rejected it, with concurrent callers sharing one renewal.
import type { AccessToken } from './token.ts';
import type { Clock } from './clock.ts';

export class TokenSource {
  private token: Promise<AccessToken> | undefined;
  /** Tokens the API answered 401 to: never used again. */
  private readonly rejected = new Set<string>();
  private readonly request: () => Promise<AccessToken>;
  private readonly clock: Clock;

  /** `request` fetches a fresh token (with its own retries). */
  constructor(request: () => Promise<AccessToken>, clock: Clock) {
    this.request = request;
    this.clock = clock;
  }

  /**
   * A token that is neither due for renewal nor rejected. A token this call renewed is used
   * as it is (even one with a lifetime too short to be "fresh"), so that renewals never loop.
   */
  async current(): Promise<AccessToken> {
    for (;;) {
      const renewing = !this.token;
      const pending = this.token ?? this.renew();
      const token = await pending;
      if (renewing || (token.renewAt > this.clock.now() && !this.rejected.has(token.value))) return token;
      if (this.token === pending) this.token = undefined;
    }
  }

  /** The API answered 401 to this token: the next caller gets a fresh one. */
  reject(token: AccessToken): void {
    this.rejected.add(token.value);
  }

  private renew(): Promise<AccessToken> {
    const pending = this.request();
    this.token = pending;
    pending.catch(() => {
      if (this.token === pending) this.token = undefined;
    });
    return pending;
  }
}
