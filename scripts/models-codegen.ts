// The official JS SDK's TypeScript model interfaces (`declare namespace Models` in
// purecloud-platform-client-v2/index.d.ts) → our TypeScript types and a JSON Schema
// (draft 2020-12, one `$defs` entry per model, named as the SDK names it).
import ts from 'typescript';

/** The models this project reads or serves; references to any other model become opaque objects. */
export const MODEL_NAMES = [
  'OAuthClient',
  'OAuthClientEntityListing',
  'OAuthScope',
  'OAuthScopeListing',
  'RoleDivision',
  'DomainEntityRef',
  'DomainOrganizationRole',
  'OrganizationRoleEntityListing',
  'DomainPermissionPolicy',
  'DomainResourceConditionNode',
  'DomainResourceConditionValue',
  'AuthzDivision',
  'AuthzDivisionEntityListing',
  'ErrorBody',
  'Detail',
  'Limit',
  'LimitsEntityListing',
  'ApiUsageOrganizationQuery',
  'ApiUsageClientQuery',
  'ApiUsageQueryResult',
  'ApiUsageRow',
  'UsageExecutionResult',
  'Cursors',
] as const;

/**
 * The SDK declares every enum as a plain `string`. The few value lists we rely on are kept
 * here, from the Platform API reference (developer.genesys.cloud, "OAuthClient",
 * "ApiUsageOrganizationQuery"; the same lists as the Go SDK's model comments).
 */
export const ENUMS: Readonly<Record<string, readonly string[]>> = {
  'OAuthClient.authorizedGrantType': ['CODE', 'TOKEN', 'SAML2-BEARER', 'PASSWORD', 'CLIENT-CREDENTIALS'],
  'OAuthClient.state': ['active', 'disabled', 'inactive'],
  'ApiUsageOrganizationQuery.granularity': ['Day', 'Week', 'Month'],
  'ApiUsageOrganizationQuery.metrics': ['Status200', 'Status300', 'Status400', 'Status500', 'Status429', 'Requests'],
  'ApiUsageOrganizationQuery.groupBy': ['OAuthClientId', 'OrganizationId', 'UserId', 'TemplateUri', 'HttpMethod'],
};

export interface JsonSchema {
  type?: string;
  enum?: readonly string[];
  $ref?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  $comment?: string;
}

export interface ModelSchema {
  $schema: string;
  $comment: string;
  $defs: Record<string, JsonSchema>;
}

/** Reads the named interfaces of `declare namespace Models` from the SDK's declaration file. */
export function modelsFromDeclarations(text: string, names: readonly string[], source: string): ModelSchema {
  const file = ts.createSourceFile('index.d.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  for (const stmt of file.statements) {
    if (ts.isModuleDeclaration(stmt) && stmt.name.text === 'Models' && stmt.body && ts.isModuleBlock(stmt.body)) {
      for (const member of stmt.body.statements) if (ts.isInterfaceDeclaration(member)) interfaces.set(member.name.text, member);
    }
  }
  const known = new Set(names);
  const $defs: Record<string, JsonSchema> = {};
  for (const name of names) {
    const decl = interfaces.get(name);
    if (!decl) throw new Error(`model ${name} is not declared in the SDK's Models namespace`);
    $defs[name] = objectSchema(decl, known);
  }
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $comment: `Generated from ${source} (Models namespace of index.d.ts).`, $defs };
}

function objectSchema(decl: ts.InterfaceDeclaration, known: ReadonlySet<string>): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const member of decl.members) {
    if (!ts.isPropertySignature(member) || !member.type) continue;
    const name = propertyName(member.name);
    const values = ENUMS[`${decl.name.text}.${name}`];
    const schema = typeSchema(member.type, known);
    properties[name] = values ? withEnum(schema, values) : schema;
    if (!member.questionToken) required.push(name);
  }
  return { type: 'object', properties, ...(required.length && { required }), additionalProperties: false };
}

function withEnum(schema: JsonSchema, values: readonly string[]): JsonSchema {
  if (schema.type === 'array' && schema.items) return { ...schema, items: { ...schema.items, enum: values } };
  return { ...schema, enum: values };
}

function propertyName(name: ts.PropertyName): string {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  throw new Error(`unsupported property name ${name.getText()}`);
}

function typeSchema(node: ts.TypeNode, known: ReadonlySet<string>): JsonSchema {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return { type: 'number' };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean' };
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
      return {};
  }
  if (ts.isArrayTypeNode(node)) return { type: 'array', items: typeSchema(node.elementType, known) };
  if (ts.isTypeReferenceNode(node)) {
    const ref = ts.isQualifiedName(node.typeName) ? node.typeName.right.text : node.typeName.text;
    if (ref === 'Array' && node.typeArguments?.[0]) return { type: 'array', items: typeSchema(node.typeArguments[0], known) };
    if (ref === 'Date') return { type: 'string' };
    if (ref === 'object') return { type: 'object' };
    return known.has(ref) ? { $ref: `#/$defs/${ref}` } : { type: 'object', $comment: `Models.${ref}` };
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index?.type) return { type: 'object', additionalProperties: typeSchema(index.type, known) };
    return { type: 'object' };
  }
  if (node.kind === ts.SyntaxKind.ObjectKeyword) return { type: 'object' };
  throw new Error(`unsupported type ${ts.SyntaxKind[node.kind]}`);
}

/** Paging counts some proxies and older endpoints send as numeric strings ("14"). */
const COUNT_FIELDS = new Set(['total', 'pageCount', 'pageNumber', 'pageSize']);
const COUNT = { anyOf: [{ type: 'number' }, { type: 'string', pattern: '^[0-9]{1,15}$' }] };

/**
 * Fields a response must carry, of those the SDK marks required: a role grant without its
 * role or its division cannot be judged. (Others it marks are absent in real answers: the
 * grant type in older client listings, a division's description.)
 */
const RESPONSE_REQUIRED: Readonly<Record<string, readonly string[]>> = { RoleDivision: ['roleId', 'divisionId'] };

/**
 * The schema a response is checked against: types, and RESPONSE_REQUIRED. The API may add
 * fields or enum values the pinned SDK does not know yet, and the SDK's `required` mostly
 * marks what a request must carry, so none of them fails a response.
 */
export function lenientSchema(models: ModelSchema): unknown {
  const $defs = Object.fromEntries(
    Object.entries(models.$defs).map(([name, def]) => {
      const required = RESPONSE_REQUIRED[name];
      return [name, { ...(lenientNode(def) as object), ...(required && { required }) }];
    }),
  );
  return { $defs };
}

function lenientNode(node: unknown, key = ''): unknown {
  if (Array.isArray(node)) return node.map((n) => lenientNode(n));
  if (!node || typeof node !== 'object') return node;
  if (COUNT_FIELDS.has(key) && (node as JsonSchema).type === 'number') return COUNT;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'required' || k === 'enum' || k === '$comment' || k === '$schema' || (k === 'additionalProperties' && v === false)) continue;
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, sub]) => [p, lenientNode(sub, p)])) : lenientNode(v);
  }
  return out;
}

/** TypeScript interfaces for the schema. Every field is optional: responses are checked at the boundary. */
export function renderTypes(schema: ModelSchema, source: string): string {
  const out: string[] = [
    `// GENERATED by scripts/gen-models.ts from ${source}. Do not edit by hand.`,
    '// Every field is optional: the SDK marks the fields a request must carry, and the client',
    '// checks each response against src/genesys/models.schema.json before anything reads it.',
    '',
  ];
  for (const [name, model] of Object.entries(schema.$defs)) {
    out.push(`export interface ${name} ${renderObject(model, '')}`, '');
  }
  return out.join('\n');
}

function renderObject(model: JsonSchema, indent: string): string {
  const lines = ['{'];
  for (const [prop, sub] of Object.entries(model.properties ?? {})) {
    lines.push(`${indent}  ${safeKey(prop)}?: ${renderType(sub, `${indent}  `)};`);
  }
  lines.push(`${indent}}`);
  return lines.join('\n');
}

function renderType(s: JsonSchema, indent: string): string {
  if (s.$ref) return s.$ref.replace('#/$defs/', '');
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  switch (s.type) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return `Array<${s.items ? renderType(s.items, indent) : 'unknown'}>`;
    case 'object':
      if (s.properties) return renderObject(s, indent);
      if (typeof s.additionalProperties === 'object') return `Record<string, ${renderType(s.additionalProperties, indent)}>`;
      return 'Record<string, unknown>';
    default:
      return 'unknown';
  }
}

function safeKey(k: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k);
}
