import { type DocumentNode, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** What the plugin needs of the store scheduler: holding readers back while an editor's operation runs. */
export interface WriteHolder {
  hold(request: Request): () => void;
}

// The operation to run is named only at execution: a document holding a mutation is taken for one.
const holdsMutation = (document: DocumentNode) =>
  document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation');

/**
 * Runs a mutation ahead of reads: from its validation (before the session lookup) to the end of its execution,
 * its store calls go first and readers' wait (briefly: the scheduler bounds the hold).
 */
export function useWriteFirst(holder: WriteHolder): Plugin<{ request: Request }> {
  const releases = new WeakMap<Request, () => void>();
  const release = (request: Request) => {
    releases.get(request)?.();
    releases.delete(request);
  };
  return {
    onValidate({ params, context }) {
      if (!holdsMutation(params.documentAST)) return;
      releases.set(context.request, holder.hold(context.request));
      return ({ valid }) => {
        if (!valid) release(context.request);
      };
    },
    onExecute({ args }) {
      const { request } = args.contextValue;
      if (!releases.has(request)) return;
      return { onExecuteDone: () => release(request) };
    },
  };
}
