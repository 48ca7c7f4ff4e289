// Secrets (client secret, access tokens) are registered here as soon as they are known and
// cut out of every message we print or write. The action also masks them in the runner's
// log via `::add-mask::`; this covers files, outputs and error text as well.
export class Redactor {
  private readonly secrets = new Set<string>();
  private readonly listeners: Array<(secret: string) => void> = [];

  /** Registers a secret; listeners (e.g. the runner's log masking) hear of it once. */
  add(secret: string | undefined): void {
    if (!secret || secret.length < 4 || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    for (const listener of this.listeners) listener(secret);
  }

  onSecret(listener: (secret: string) => void): void {
    this.listeners.push(listener);
    for (const secret of this.secrets) listener(secret);
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out;
  }
}
