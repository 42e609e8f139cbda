// Browser mode: `vigil serve` prints the page address with `?token=…`. The token is kept for this tab
// only (so a reload still works) and taken out of the address bar, so it is not left in the history,
// in a screenshot or in a copied link. The hash (the route) is kept.

export const TOKEN_STORAGE_KEY = 'vigil.token';

export function takeSessionToken(win: Window): string | null {
  const params = new URLSearchParams(win.location.search);
  const fromUrl = params.get('token');
  if (fromUrl !== null && fromUrl !== '') {
    try {
      win.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    } catch {
      // Storage may be disabled; the token still works until the next reload.
    }
    params.delete('token');
    const search = params.toString();
    win.history.replaceState(
      win.history.state,
      '',
      `${win.location.pathname}${search === '' ? '' : `?${search}`}${win.location.hash}`,
    );
    return fromUrl;
  }
  try {
    return win.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}
