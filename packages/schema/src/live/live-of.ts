import { contextCacheSymbol } from '@pothos/core';
import { GraphQLError } from 'graphql';
import type { ParleyContext } from '../context.ts';
import { LiveInterruption, type LiveUpdates } from './live-updates.ts';

/** The context's live updates; an error with a stable code where the server offers none. */
export function liveOf({ live }: ParleyContext): LiveUpdates {
  if (!live)
    throw new GraphQLError('This server offers no subscriptions.', {
      extensions: { code: 'LIVE_UPDATES_UNAVAILABLE' },
    });
  return live;
}

/**
 * The value a subscription heard, with fresh loaders for the fields it answers: graphql-js runs every event of
 * a subscription with the same context, and Pothos' loaders (keyed by `contextCacheSymbol` when set) would
 * otherwise answer what the first event read. The interruption that ended it is the error its client reads last.
 */
export function eventOf<T>(value: T | LiveInterruption, context: ParleyContext): T {
  (context as ParleyContext & { [contextCacheSymbol]?: object })[contextCacheSymbol] = {};
  if (value instanceof LiveInterruption)
    throw new GraphQLError(`Live updates stopped: ${value.reason}. Subscribe again, then refetch.`, {
      extensions: { code: 'LIVE_UPDATES_INTERRUPTED' },
    });
  return value;
}
