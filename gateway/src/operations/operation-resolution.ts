import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Apollo Server hands a request whose operationName matches no operation, or a subscription, to the
 * gateway, whose query planner then fails with HTTP 500. The client asked for something that is
 * not there: that is a 400 with a message saying so.
 */
export const operationResolution: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (operation?.operation === 'subscription') {
          // The graph has no subscription root; the gateway would fail on one with HTTP 500.
          throw new GraphQLError('This graph offers no subscriptions: use a query', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
        }
        if (operation) return;
        const message = request.operationName
          ? `Unknown operation named "${request.operationName}"`
          : 'The document holds several operations: name the one to run in operationName';
        throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
      },
    };
  },
};
