// The response models the emulator serves, as the official JS SDK declares them: the oracle
// takes its shapes from the SDK, not from the product it tests (src/genesys/models.ts).
import type platformClient from 'purecloud-platform-client-v2';

export type ApiUsageQueryResult = platformClient.Models.ApiUsageQueryResult;
export type ApiUsageRow = platformClient.Models.ApiUsageRow;
export type AuthzDivision = platformClient.Models.AuthzDivision;
export type DomainEntityRef = platformClient.Models.DomainEntityRef;
export type DomainOrganizationRole = platformClient.Models.DomainOrganizationRole;
export type DomainPermissionPolicy = platformClient.Models.DomainPermissionPolicy;
export type ErrorBody = platformClient.Models.ErrorBody;
export type Limit = platformClient.Models.Limit;
export type OAuthClient = platformClient.Models.OAuthClient;
export type OAuthScope = platformClient.Models.OAuthScope;
export type RoleDivision = platformClient.Models.RoleDivision;
