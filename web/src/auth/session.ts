/** The API token of this tab: in sessionStorage only, never in the URL or localStorage. */
const KEY = 'suanli.token';

export const session = {
  token: (): string | null => sessionStorage.getItem(KEY),
  signIn: (token: string): void => sessionStorage.setItem(KEY, token.trim()),
  signOut: (): void => sessionStorage.removeItem(KEY),
};
