import type { TokenRejection, TokenSource } from './state.js';

const WHERE_TO_FIND = 'Siro shows org-group tokens under the Person icon, then API Tokens.';

/** Explains why Siro did not accept an org-group token, for the source it came from. */
export function describeTokenRejection(rejection: TokenRejection, source: TokenSource, profile: string): string {
  const subject = tokenSubject(source, profile);

  if (rejection === 'organization-token') {
    return (
      `${subject} is an organization token, but siro-token needs an org-group token: ` +
      `an organization token acts for one organization and cannot create tokens. ${WHERE_TO_FIND}`
    );
  }

  return `Siro rejected ${lowerFirst(subject)} (401 Unauthorized): it may be mistyped, revoked, or for another Siro environment.`;
}

function tokenSubject(source: TokenSource, profile: string): string {
  switch (source) {
    case 'entered':
      return 'The token you entered';
    case 'keychain':
      return `The token stored in the keychain for profile "${profile}"`;
    case 'environment':
      return 'The token in SIRO_ORG_GROUP_TOKEN';
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
