import { Provenance } from '@kumkm/subgraph-kit';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Cooperative } from '../cooperative/cooperative.entity';

export enum HealthCategory {
  SEHAT = 'SEHAT',
  CUKUP_SEHAT = 'CUKUP_SEHAT',
  DALAM_PENGAWASAN = 'DALAM_PENGAWASAN',
  DALAM_PENGAWASAN_KHUSUS = 'DALAM_PENGAWASAN_KHUSUS',
}

registerEnumType(HealthCategory, {
  name: 'HealthCategory',
  description: 'Health category of a savings and loan cooperative, from its assessment score.',
  valuesConfig: {
    SEHAT: { description: 'Healthy: score 80 to 100.' },
    CUKUP_SEHAT: { description: 'Fairly healthy: score 66 to below 80.' },
    DALAM_PENGAWASAN: { description: 'Under supervision: score 51 to below 66.' },
    DALAM_PENGAWASAN_KHUSUS: { description: 'Under special supervision: score below 51.' },
  },
});

/** Category bands of the savings and loan health assessment; the score decides, never the client. */
export function healthCategoryOf(score: number): HealthCategory {
  if (score >= 80) return HealthCategory.SEHAT;
  if (score >= 66) return HealthCategory.CUKUP_SEHAT;
  if (score >= 51) return HealthCategory.DALAM_PENGAWASAN;
  return HealthCategory.DALAM_PENGAWASAN_KHUSUS;
}

const scoreColumn = {
  to: (value: number) => value,
  from: (value: string | number) => Number(value),
};

@ObjectType({ description: 'A health assessment (penilaian kesehatan) of a savings and loan cooperative for one year.' })
@Entity('health_ratings')
@Index('UQ_health_ratings_cooperative_year', ['cooperativeId', 'year'], { unique: true })
export class HealthRating {
  @Field(() => ID, { description: 'Stable id of this assessment.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => ID, { description: 'The cooperative assessed.' })
  @Column({ type: 'varchar', length: 36 })
  cooperativeId!: string;

  @ManyToOne(() => Cooperative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cooperativeId' })
  cooperative?: Relation<Cooperative>;

  @Field(() => Int, { description: 'Year assessed.' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => Float, { description: 'Assessment score from 0 to 100.' })
  @Column({ type: 'decimal', precision: 5, scale: 2, transformer: scoreColumn })
  score!: number;

  @Field(() => HealthCategory, { description: 'Category derived from the score.' })
  get category(): HealthCategory {
    return healthCategoryOf(this.score);
  }

  @Field(() => Provenance, { description: 'Which office reported this assessment, and when.' })
  @Column(() => Provenance)
  provenance!: Provenance;
}
