// CHANGELOG.md in the Keep a Changelog layout: `## [Unreleased]`, then `## [X.Y.Z] - YYYY-MM-DD`
// sections, newest first. What the release check and the release notes read from it.

export interface ChangelogSection {
  /** `Unreleased` or a version. */
  name: string;
  date?: string;
  /** The section's text without its heading, trimmed. */
  body: string;
}

const HEADING = /^## \[([^\]]+)\](?: - (\S+))?[ \t]*$/;

export function changelogSections(markdown: string): ChangelogSection[] {
  const sections: ChangelogSection[] = [];
  let current: { name: string; date?: string; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    const heading = HEADING.exec(line);
    if (heading) {
      if (current) sections.push(section(current));
      current = { name: heading[1] as string, date: heading[2], lines: [] };
    } else if (/^## /.test(line) || /^\[[^\]]+\]: /.test(line)) {
      if (current) sections.push(section(current));
      current = undefined;
    } else if (current) {
      current.lines.push(line);
    }
  }
  if (current) sections.push(section(current));
  return sections;
}

function section(s: { name: string; date?: string; lines: string[] }): ChangelogSection {
  return { name: s.name, ...(s.date !== undefined && { date: s.date }), body: s.lines.join('\n').trim() };
}
