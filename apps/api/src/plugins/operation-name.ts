import type { IncomingMessage } from 'node:http';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const names = new WeakMap<IncomingMessage, string>();

/** The name of the operation a node:http request ran, for the request log; undefined when anonymous. */
export const operationNameOf = (req: IncomingMessage): string | undefined => names.get(req);

/** Notes each executed operation's name against the node:http request that carried it. */
export function useOperationName(): Plugin {
  return {
    onExecute({ args }) {
      const req = (args.contextValue as { req?: IncomingMessage }).req;
      const name = getOperationAST(args.document, args.operationName)?.name?.value;
      if (req && name) names.set(req, name);
    },
  };
}
