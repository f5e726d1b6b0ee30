import { createUnionType, Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by the cooperatives subgraph; this subgraph adds the trainings its officers attended. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A cooperative (koperasi) registered with a regional office.' })
export class Cooperative {
  @Field(() => ID, { description: 'Stable id of the cooperative in this graph.' })
  id!: string;
}

/** Owned by the umkm subgraph; this subgraph adds the trainings its owner attended. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A micro, small or medium business actor (pelaku UMKM) registered with a regional office.' })
export class UmkmActor {
  @Field(() => ID, { description: 'Stable id of the business actor in this graph.' })
  id!: string;
}

export const Participant = createUnionType({
  name: 'Participant',
  description: 'Who takes part in a programme: a cooperative (through its officers) or a business actor (through its owner).',
  types: () => [Cooperative, UmkmActor] as const,
  resolveType: (value) => (value instanceof Cooperative ? Cooperative : UmkmActor),
});

export const participantReferenceResolvers = {
  Cooperative: {
    __resolveReference: (reference: { id: string }) => Object.assign(new Cooperative(), { id: reference.id }),
  },
  UmkmActor: {
    __resolveReference: (reference: { id: string }) => Object.assign(new UmkmActor(), { id: reference.id }),
  },
};
