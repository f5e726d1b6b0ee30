import { defineConfig } from '@graphql-hive/gateway';

// Hive Gateway with its defaults; the one addition passes the caller's token on to the subgraphs,
// which refuse requests without it.
export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '' }),
  },
});
