/** The API token of this tab: in sessionStorage only, never in the URL or localStorage. */
const KEY = 'suanli.token';

export const session = {
  token: (): string | null => sessionStorage.getItem(KEY),
  signIn: (token: string): void => sessionStorage.setItem(KEY, token.trim()),
  signOut: (): void => sessionStorage.removeItem(KEY),
};

/**
 * A sign-in link (`/#token=...`, printed by `suanli serve --demo`) signs this
 * tab in: the token moves from the fragment, which no server sees, into
 * sessionStorage, and the fragment is removed from the address and history.
 */
export function signInFromLink(): void {
  const m = /^#token=([A-Za-z0-9_-]{1,200})$/.exec(location.hash);
  if (!m) return;
  session.signIn(m[1]!);
  history.replaceState(null, '', location.pathname + location.search);
}
