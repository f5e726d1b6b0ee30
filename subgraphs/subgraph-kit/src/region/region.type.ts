import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { RegionLevel, type RegionRecord } from './region-directory';

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
 * An administrative region. Every subgraph resolves it from the same reference data, so its
 * reference fields are shareable; each subgraph adds its own summary field.
 */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'An Indonesian administrative region (province, regency/city, district or village) identified by its Kemendagri code.' })
export class Region {
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
}
