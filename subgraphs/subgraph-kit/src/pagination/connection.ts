import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 20;
/** Hard ceiling on one page: a client cannot ask the database for an unbounded list. */
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @IsOptional()
  @Min(0, { message: 'first must not be negative' })
  @Max(MAX_PAGE_SIZE, { message: `first may be at most ${MAX_PAGE_SIZE}` })
  @Field(() => Int, { nullable: true, description: `How many items to return (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` })
  first?: number;

  @Field({ nullable: true, description: 'Return items after this cursor (the endCursor of the previous page).' })
  after?: string;
}

@Directive('@shareable')
@ObjectType({ description: 'Where a page sits in a cursor-paginated list.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** What a paginated query hands to GraphQL: the page, and a count that runs only if asked for. */
export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

/**
 * Builds `<Node>Edge` and an abstract connection for a node type; subclass it as
 * `@ObjectType() class CooperativeConnection extends Connection(Cooperative, '…') {}`.
 */
export function Connection<T extends object>(nodeType: ClassType<T>, nodeDescription: string) {
  @ObjectType(`${nodeType.name}Edge`, { description: `One ${nodeDescription} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${nodeDescription}.` })
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionType implements ConnectionResult<T> {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: 'Cursor information for fetching the next page.' })
    pageInfo!: PageInfo;

    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: 'How many items match the filter in all pages (counted only when asked for).' })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }

  return ConnectionType;
}
