import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The cooperatives subgraph owns Cooperative; this subgraph adds its members to it. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A cooperative (koperasi) registered with a regional office.' })
export class Cooperative {
  @Field(() => ID, { description: 'Stable id of the cooperative in this graph.' })
  id!: string;
}

export const cooperativeReferenceResolver = {
  Cooperative: {
    __resolveReference(reference: { id: string }): Cooperative {
      return { id: reference.id };
    },
  },
};
