import type { Plugin } from 'graphql-yoga';

/**
 * Refuses to send a response over `maxBytes`: its serialisation is replaced by an error. The cost limit keeps
 * such responses rare; this bounds what one request can make the server hold and send whatever slips past it.
 */
export function useResponseLimit(maxBytes: number): Plugin {
  const tooLarge = JSON.stringify({
    errors: [
      {
        message: `the response is larger than ${maxBytes} bytes: ask for fewer records or fields`,
        extensions: { code: 'RESPONSE_TOO_LARGE' },
      },
    ],
  });
  return {
    onResultProcess({ result, setResult }) {
      // Batches and streams (subscriptions) are served as they are.
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const serialize = result.stringify ?? JSON.stringify;
      setResult({
        ...result,
        stringify: (value) => {
          const text = serialize(value);
          // A string's length bounds its UTF-8 size from below, so most responses skip the byte count.
          return text.length > maxBytes || (text.length > maxBytes / 3 && Buffer.byteLength(text) > maxBytes)
            ? tooLarge
            : text;
        },
      });
    },
  };
}
