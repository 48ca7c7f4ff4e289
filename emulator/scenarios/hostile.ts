// An org whose names and descriptions (clients, roles, divisions) are hostile text, to test
// that tables, markdown, HTML, logs and workflow commands show them safely. With the
// hostileErrors knob the emulator's error messages echo such text too.
import { createRng } from '../random.ts';
import type { Org } from '../org.ts';
import { addAuditors, addStandardRoles } from './base.ts';
import { WILDCARD_DIVISION_ID, OrgBuilder, policy, used, type AuthorizedGrantType } from './builder.ts';
import { HOSTILE_TEXT } from './hostile-text.ts';

export interface HostileParams {
  seed?: number | string;
  now?: number;
}

const GRANTS: readonly AuthorizedGrantType[] = ['CLIENT-CREDENTIALS', 'CODE', 'TOKEN', 'SAML2-BEARER', 'PASSWORD'];

export function hostileScenario(params: HostileParams = {}): Org {
  const b = new OrgBuilder(createRng(params.seed ?? 'hostile'), params.now ?? Date.now(), 'Hostile <Org> | `names`');
  const division = b.division('Division | <b>pipes</b> ::error::x', HOSTILE_TEXT[10]);
  const std = addStandardRoles(b);
  const role = b.role({ name: '<img src=x onerror=alert(1)> | role', description: HOSTILE_TEXT[8], policies: [policy('oauth', 'client', 'view')] });
  addAuditors(b);
  HOSTILE_TEXT.forEach((text, i) => {
    const grant = GRANTS[i % GRANTS.length] as AuthorizedGrantType;
    b.client({
      name: text,
      description: HOSTILE_TEXT[(i + 3) % HOSTILE_TEXT.length] as string,
      grant,
      grants: grant === 'CLIENT-CREDENTIALS' ? [[i % 2 ? role : std.masterAdmin, i % 3 ? division : WILDCARD_DIVISION_ID]] : [],
      scopes: grant === 'CLIENT-CREDENTIALS' ? [] : ['users:readonly', text.slice(0, 80)],
      redirects: grant === 'CODE' || grant === 'TOKEN' ? [`https://app.example/cb?q=${encodeURIComponent(text.slice(0, 40))}`, `javascript:alert(${i})`] : [],
      createdDaysAgo: 10 + i,
      usage: i % 2 ? used(i, 1, 10) : undefined,
    });
  });
  return b.build();
}
