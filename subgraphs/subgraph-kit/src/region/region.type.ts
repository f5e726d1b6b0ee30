import { Arg, Ctx, Directive, Field, FieldResolver, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { REGIONS_PER_REQUEST, type RegionBudget } from './region-budget';
import { assertRegionCode } from './region-code';
import { RegionDirectory, RegionLevel, type RegionRecord } from './region-directory';

registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: 'Administrative level of a region in the Kemendagri hierarchy.',
  valuesConfig: {
    PROVINCE: { description: 'Provinsi (code PP).' },
    REGENCY: { description: 'Kabupaten (code PP.KK, KK below 71).' },
    CITY: { description: 'Kota (code PP.KK, KK from 71 to 99).' },
    DISTRICT: { description: 'Kecamatan (code PP.KK.DD).' },
    KELURAHAN: { description: 'Kelurahan, an urban village (code PP.KK.DD.1VVV).' },
    DESA: { description: 'Desa, a rural village (code PP.KK.DD.2VVV).' },
  },
});

/**
 * The Region entity for one subgraph: its class, its lookups and hierarchy, and its reference
 * resolver. Every subgraph defines its own class because type-graphql keeps field resolvers per
 * class in global metadata: a shared class would carry one subgraph's summary field into another's
 * schema whenever two subgraphs load in one process (composition, tests).
 */
export function defineRegionEntity() {
  /** Every subgraph resolves Region from the same reference data, so its reference fields are shareable. */
  @Directive('@key(fields: "code")')
  @ObjectType('Region', {
    description: 'An Indonesian administrative region (province, regency/city, district or village) identified by its Kemendagri code.',
  })
  class Region {
    @Field({ description: 'Kemendagri code, e.g. "36.74" for Kota Tangerang Selatan or "31.72.02.1006" for Sunter Agung.' })
    code!: string;

    @Directive('@shareable')
    @Field({ description: 'Official name as published by Kemendagri (from idn-area-data).' })
    name!: string;

    @Directive('@shareable')
    @Field(() => RegionLevel, { description: 'Administrative level of this region.' })
    level!: RegionLevel;

    parentCode?: string;

    static from(record: RegionRecord): Region {
      return Object.assign(new Region(), record);
    }

    static find(code: string): Region | null {
      const record = RegionDirectory.load().find(code);
      return record ? Region.from(record) : null;
    }
  }

  /** Region lookups and hierarchy; shareable, so the gateway may answer them from any subgraph. */
  @Resolver(() => Region)
  class RegionResolver {
    @Directive('@shareable')
    @Query(() => Region, { nullable: true, description: 'One region by its Kemendagri code; null when no region has that code.' })
    region(@Arg('code', { description: 'Kemendagri code, e.g. "81.71".' }) code: string): Region | null {
      return Region.find(assertRegionCode(code, 'code'));
    }

    @Directive('@shareable')
    @Query(() => [Region], {
      description: 'Several regions by code, in the order asked; unknown codes are left out. The coordination (Rakor) view starts here.',
    })
    regions(@Arg('codes', () => [String], { description: 'Kemendagri codes, e.g. ["81", "31.72", "36.74"].' }) codes: string[]): Region[] {
      return codes.map((code) => Region.find(assertRegionCode(code, 'codes'))).filter((region): region is Region => region !== null);
    }

    @Directive('@shareable')
    @FieldResolver(() => Region, { nullable: true, description: 'The region one level up; null for a province.' })
    parent(@Root() region: Region): Region | null {
      return region.parentCode ? Region.find(region.parentCode) : null;
    }

    @Directive('@shareable')
    @FieldResolver(() => [Region], {
      description: `The regions one level down, in code order. One request may list at most ${REGIONS_PER_REQUEST} regions this way (RESPONSE_TOO_LARGE beyond).`,
    })
    children(@Root() region: Region, @Ctx() context: { regionBudget: RegionBudget }): Region[] {
      const records = RegionDirectory.load().children(region.code);
      context.regionBudget.spend(records.length);
      return records.map((record) => Region.from(record));
    }
  }

  /** Federation reference resolver: turns `{ code }` into a full Region. */
  const regionReferenceResolver = {
    Region: {
      __resolveReference(reference: { code: string }): Region | null {
        return Region.find(reference.code);
      },
    },
  };

  return { Region, RegionResolver, regionReferenceResolver };
}

/** The shape every subgraph's Region class has. */
export type RegionEntity = InstanceType<ReturnType<typeof defineRegionEntity>['Region']>;
