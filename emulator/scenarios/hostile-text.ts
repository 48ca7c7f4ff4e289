// Text built to break whatever shows it: markdown tables and links, HTML, GitHub workflow
// commands, newlines and carriage returns (real and URL-encoded), terminal escapes, bidi
// overrides, zero-width characters, non-Latin scripts, SQL, and sheer length.

export const HOSTILE_TEXT: readonly string[] = [
  'Pipe | in | the | name | --- |',
  'Backticks `rm -rf /` and ```fenced```',
  '<script>alert("xss")</script>',
  'Comment <!-- hidden --> end',
  '[click me](javascript:alert(1)) and ![img](https://evil.example/x.png)',
  '@acme/security @everyone please review',
  '::error::forged error annotation',
  '::add-mask::not-a-secret',
  '::stop-commands::pausetoken',
  '%0A::warning::encoded newline%0D%0Ainjection',
  'Line one\nLine two\r\n::error file=x::real newline',
  'Carriage\rreturn overwrites',
  '\u001b[31mred ANSI\u001b[0m \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
  'bidi \u202eevil\u202c override: gnp.exe',
  'zero\u200bwidth\u200c joiner\u200d\ufeffBOM',
  '🔥 emoji 👩‍💻 and 中文名称 and العربية עברית',
  "Robert'); DROP TABLE clients;--",
  '${{ secrets.GENESYS_CLIENT_SECRET }} $(whoami) %(env)s',
  '&lt;escaped&gt; &amp; <b>bold</b> **bold** _it_ ~~strike~~',
  '',
  '   ',
  'x'.repeat(10_240),
];

/** Short entries only, for echoing into error messages. */
export const HOSTILE_ECHO: string = HOSTILE_TEXT.filter((t) => t.length < 200 && t.trim())
  .slice(0, 14)
  .join(' ');
