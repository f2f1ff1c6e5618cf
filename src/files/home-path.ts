/**
 * Expands a leading `~` (alone or followed by `/`) to `homedir`. Other forms,
 * such as `~user`, are returned unchanged.
 */
export function expandHome(path: string, homedir: string): string {
  if (path === '~') {
    return homedir;
  }

  if (path.startsWith('~/')) {
    return `${homedir.replace(/\/+$/, '')}/${path.slice(2)}`;
  }

  return path;
}
