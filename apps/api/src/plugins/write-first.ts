import type { Viewer } from '@parley/domain';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** What the plugin needs of the store scheduler: holding readers back while an editor's operation runs. */
export interface WriteHolder {
  hold(request: Request): () => void;
}

/**
 * Runs an editor's mutation ahead of reads: while it executes, its store calls go first and readers' wait
 * (briefly: the scheduler bounds the hold). Only a signed-in editor's: a mutation anyone can send must not be
 * a way to stall every reader.
 */
export function useWriteFirst(holder: WriteHolder): Plugin<{ request: Request; viewer: Viewer | null }> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const { request, viewer } = args.contextValue;
      if (!viewer || getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      const release = holder.hold(request);
      // Released however execution ends: a thrown error skips the hooks after it.
      setExecuteFn(async (execution) => {
        try {
          return await executeFn(execution);
        } finally {
          release();
        }
      });
    },
  };
}
