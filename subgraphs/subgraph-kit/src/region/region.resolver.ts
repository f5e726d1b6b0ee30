import { Arg, Directive, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { assertRegionCode } from './region-code';
import { RegionDirectory } from './region-directory';
import { Region } from './region.type';

function findRegion(code: string): Region | null {
  const record = RegionDirectory.load().find(code);
  return record ? Region.from(record) : null;
}

/** Region lookups and hierarchy; shareable, so the gateway may answer them from any subgraph. */
@Resolver(() => Region)
export class RegionResolver {
  @Directive('@shareable')
  @Query(() => Region, { nullable: true, description: 'One region by its Kemendagri code; null when no region has that code.' })
  region(@Arg('code', { description: 'Kemendagri code, e.g. "81.71".' }) code: string): Region | null {
    return findRegion(assertRegionCode(code, 'code'));
  }

  @Directive('@shareable')
  @Query(() => [Region], {
    description: 'Several regions by code, in the order asked; unknown codes are left out. The coordination (Rakor) view starts here.',
  })
  regions(@Arg('codes', () => [String], { description: 'Kemendagri codes, e.g. ["81", "31.72", "36.74"].' }) codes: string[]): Region[] {
    return codes.map((code) => findRegion(assertRegionCode(code, 'codes'))).filter((region): region is Region => region !== null);
  }

  @Directive('@shareable')
  @FieldResolver(() => Region, { nullable: true, description: 'The region one level up; null for a province.' })
  parent(@Root() region: Region): Region | null {
    return region.parentCode ? findRegion(region.parentCode) : null;
  }

  @Directive('@shareable')
  @FieldResolver(() => [Region], { description: 'The regions one level down, in code order.' })
  children(@Root() region: Region): Region[] {
    return RegionDirectory.load().children(region.code).map((record) => Region.from(record));
  }
}

/** Federation reference resolver: any subgraph turns `{ code }` into a full Region. */
export const regionReferenceResolver = {
  Region: {
    __resolveReference(reference: { code: string }): Region | null {
      return findRegion(reference.code);
    },
  },
};
