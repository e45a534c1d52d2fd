import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/** Whether the page runs its scripts (false while rendered on the server): controls that need them wait for them. */
export const useScripted = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
