// A counter that grows whenever this window changes alerts or rules (a status set, a rule saved, an
// evaluation run), so the badge in the navigation and the lists in the Alerts view read them again.
// Changes to the incidents already reach every data hook through the store's events.

let version = 0;
const listeners = new Set<() => void>();

export function bumpAlerts(): void {
  version++;
  for (const listener of listeners) listener();
}

export function subscribeAlerts(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function alertsVersion(): number {
  return version;
}
