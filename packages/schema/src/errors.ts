import { GraphQLError } from 'graphql';

/** An error the client caused and can fix; GraphQLErrors pass Yoga's masking, so the message reaches them. */
export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) },
  });
}
