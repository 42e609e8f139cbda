import { formatRoute, type Route } from './route';

/** Goes to a route by its address, so back and forward walk through filter changes as well. */
export function navigate(route: Route): void {
  const hash = formatRoute(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}
