// Permission names of Genesys Cloud (`domain:entity:action`) that scenarios build roles
// from, and the table that expands a wildcard policy into concrete ones the way the
// platform often returns them. Names come from the official SDK docs ("Requires ANY/ALL
// permissions" blocks); the list is a working subset, not the whole catalog.

export const PERMISSION_CATALOG: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  analytics: {
    conversationDetail: ['view'],
    agentConversationDetail: ['view'],
    conversationAggregate: ['view'],
    userDetail: ['view'],
    userAggregate: ['view'],
    queueObservation: ['view'],
    userObservation: ['view'],
    dataExport: ['add', 'view'],
    evaluationAggregate: ['view'],
  },
  architect: {
    flow: ['view', 'add', 'edit', 'delete', 'publish'],
    datatable: ['view', 'add', 'edit', 'delete'],
  },
  authorization: {
    role: ['view', 'add', 'edit', 'delete'],
    grant: ['add', 'delete'],
    division: ['view', 'add', 'edit', 'delete'],
    policy: ['add', 'edit', 'delete'],
    settings: ['edit'],
    orgTrustee: ['add'],
    orgTrusteeUser: ['add', 'edit'],
  },
  conversation: {
    communication: ['view', 'disconnect'],
    message: ['view'],
    webmessaging: ['view'],
    messageMedia: ['view'],
    summary: ['view'],
  },
  directory: {
    user: ['view', 'add', 'edit', 'delete', 'setPassword'],
    group: ['view', 'add', 'edit', 'delete'],
    organization: ['admin'],
  },
  externalContacts: {
    contact: ['view', 'viewAll', 'add', 'edit', 'delete'],
  },
  gdpr: {
    request: ['view', 'add'],
  },
  integrations: {
    integration: ['view', 'add', 'edit', 'delete'],
    action: ['view', 'add', 'execute', 'delete'],
    actionFunction: ['edit'],
  },
  oauth: {
    client: ['view', 'add', 'edit', 'delete', 'authorize'],
    token: ['delete'],
  },
  outbound: {
    campaign: ['view', 'add', 'edit', 'delete'],
    contactList: ['view', 'add', 'edit', 'delete'],
  },
  quality: {
    evaluation: ['view', 'add', 'edit', 'delete'],
  },
  recording: {
    recording: ['view', 'editRetention'],
    recordingSegment: ['view'],
    screenRecording: ['view'],
    encryptionKey: ['view', 'edit'],
    orphan: ['view'],
    job: ['add'],
    retentionPolicy: ['view', 'edit', 'delete'],
  },
  routing: {
    queue: ['view', 'add', 'edit', 'delete', 'join'],
    skill: ['view', 'manage', 'delete'],
    wrapupCode: ['view'],
  },
  speechAndTextAnalytics: {
    data: ['view'],
    sentimentData: ['view'],
    aiSummary: ['view'],
  },
  sso: {
    provider: ['view', 'add', 'edit', 'delete'],
  },
  telephony: {
    plugin: ['all'],
    station: ['disassociate'],
  },
  usage: {
    organization: ['view'],
    client: ['view'],
  },
  wfm: {
    schedule: ['view', 'add', 'edit', 'delete'],
    agentSchedule: ['view'],
    historicalAdherence: ['view'],
    managementUnit: ['view', 'edit'],
  },
};

/** Every `domain:entity:action` in the catalog. */
export const ALL_PERMISSIONS: readonly string[] = Object.entries(PERMISSION_CATALOG).flatMap(([domain, entities]) =>
  Object.entries(entities).flatMap(([entity, actions]) => actions.map((action) => `${domain}:${entity}:${action}`)),
);
