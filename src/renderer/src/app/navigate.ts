import { formatRoute, type Route } from './route';

/** Goes to a route by its address, so back and forward walk through filter changes as well. */
export function navigate(route: Route): void {
  const hash = formatRoute(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}

/**
 * Goes to a route in place of the current history entry (a search refined as it is typed, a column
 * shown): back then returns to where the user was before, not through every keystroke.
 */
export function replaceRoute(route: Route): void {
  const hash = formatRoute(route);
  if (window.location.hash !== hash) window.location.replace(hash);
}
