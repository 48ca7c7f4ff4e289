// A JSON report read back (explain, merge-reports): checked against its committed schema,
// so a damaged or foreign file is one sentence, never a crash halfway through.
import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import schema from '../../schemas/report.schema.json' with { type: 'json' };
import { ConfigError } from '../errors.ts';
import type { ClientRecord, Inventory } from '../inventory/types.ts';
import { REPORT_SCHEMA_VERSION } from '../render/json.ts';

// Compiled on first use: only these commands read reports back.
let validator: ReturnType<Ajv['compile']> | undefined;

export async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`Report ${file} cannot be read (${(err as { code?: string }).code ?? 'error'}).`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ConfigError(`Report ${file} is not JSON.`);
  }
}

/** Problems of a report document against the schema, one sentence; undefined when valid. */
export function reportProblem(file: string, doc: unknown): string | undefined {
  const version = (doc as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== REPORT_SCHEMA_VERSION) return `${file} is report version ${String(version)}; this version reads version ${REPORT_SCHEMA_VERSION}.`;
  validator ??= new Ajv({ strict: false, allErrors: false, validateFormats: false }).compile(schema);
  if (validator(doc)) return undefined;
  const e = validator.errors?.[0];
  return `${file} is not a valid report: ${e ? `${e.instancePath || 'the document'} ${e.message ?? 'is invalid'}` : 'unknown problem'}.`;
}

interface ReportInventoryClient {
  id: string;
  name: string;
  description: string;
  grantType: ClientRecord['grantType'];
  apiGrantType: string;
  state: ClientRecord['state'];
  apiState: string;
  scopes: string[];
  roles: ClientRecord['roleGrants'];
  permissions: ClientRecord['permissions'];
  tokenLifetimeSeconds: number;
  redirectUris: string[];
  dateCreated: string | null;
  dateModified: string | null;
  dateToDelete: string | null;
  createdBy: string | null;
  modifiedBy: string | null;
  lastUsed?: string | null;
}

/** The inventory a valid report holds, as the evaluator reads it. */
export function inventoryOfReport(doc: unknown): Inventory {
  const d = doc as { inventory: ReportInventoryClient[]; fetchedAt: string; usage: Inventory['usage'] | null; notices: string[] };
  const clients = d.inventory.map((c): ClientRecord => ({
    id: c.id,
    name: c.name,
    description: c.description,
    grantType: c.grantType,
    apiGrantType: c.apiGrantType,
    state: c.state,
    apiState: c.apiState,
    scopes: c.scopes,
    roleGrants: c.roles,
    permissions: c.permissions,
    tokenLifetimeSeconds: c.tokenLifetimeSeconds,
    redirectUris: c.redirectUris,
    ...(c.dateCreated ? { dateCreated: c.dateCreated } : {}),
    ...(c.dateModified ? { dateModified: c.dateModified } : {}),
    ...(c.dateToDelete ? { dateToDelete: c.dateToDelete } : {}),
    ...(c.createdBy ? { createdBy: c.createdBy } : {}),
    ...(c.modifiedBy ? { modifiedBy: c.modifiedBy } : {}),
    ...(c.lastUsed !== undefined ? { lastUsed: c.lastUsed } : {}),
  }));
  return { clients, fetchedAt: d.fetchedAt, notices: d.notices, ...(d.usage ? { usage: d.usage } : {}) };
}
