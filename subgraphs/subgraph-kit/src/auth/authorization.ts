import type { AuthChecker, MiddlewareFn } from 'type-graphql';
import { forbidden } from '../errors/graphql-errors';
import type { SubgraphContext } from '../server/subgraph-server';
import { canReadPersonalData, type Role } from './viewer';

/**
 * `@Authorized(Role.OFFICER, Role.ADMIN)` on a mutation lets only those roles in; region scopes are
 * checked where the record's region is known. Refusals carry FORBIDDEN (type-graphql's own code,
 * UNAUTHORIZED, is not one this graph's clients branch on).
 */
export const authChecker: AuthChecker<SubgraphContext, Role> = ({ context }, roles) => {
  if (roles.length === 0 || roles.includes(context.viewer.role)) return true;
  throw forbidden(`This needs the role ${roles.join(' or ')}; the token has ${context.viewer.role}`);
};

/**
 * For a personal field (an owner's or officer's name: personal data under UU PDP 27/2022): null
 * with FORBIDDEN unless the caller's scope covers the record's region. The field must be nullable.
 */
export function personalData<Root>(regionOf: (root: Root) => string): MiddlewareFn<SubgraphContext> {
  return async ({ root, context, info }, next) => {
    if (!canReadPersonalData(context.viewer, regionOf(root as Root))) {
      throw forbidden(`${info.parentType.name}.${info.fieldName} is personal data outside your scope`);
    }
    return next();
  };
}
