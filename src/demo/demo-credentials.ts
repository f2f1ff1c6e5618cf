/**
 * Fixed, obviously fake credentials of the Siro-compatible local server.
 * They authenticate only against that server.
 */

/** The org-group every demo organization belongs to. */
export const DEMO_ORG_GROUP_ID = 'og_demo_home_services';

/** An org-group token: caller-identity returns `authorizedOrgGroupId` set. */
export const DEMO_ORG_GROUP_TOKEN = 'siro_demo_orggroup_NOT_A_REAL_TOKEN_3f9a1c7e5b2d4086';

/** An organization token (`authorizedOrgGroupId` null), which the app must reject as an org-group token. */
export const DEMO_ORGANIZATION_TOKEN = 'siro_demo_organization_NOT_A_REAL_TOKEN_8c41e2a7d09b5f36';

/** Prefix of the secrets the server issues on create, followed by random hex. */
export const DEMO_CREATED_TOKEN_PREFIX = 'siro_demo_created_NOT_A_REAL_TOKEN_';

/** Siro uid recorded as the creator of the demo tokens made "in the Siro UI". */
export const DEMO_ADMIN_UID = 'uid_demo_admin';
