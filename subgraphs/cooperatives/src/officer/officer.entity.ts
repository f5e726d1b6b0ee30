import { personalData } from '@kumkm/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType, UseMiddleware } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Cooperative } from '../cooperative/cooperative.entity';

export enum OfficerPosition {
  KETUA = 'KETUA',
  SEKRETARIS = 'SEKRETARIS',
  BENDAHARA = 'BENDAHARA',
  PENGAWAS = 'PENGAWAS',
}

export enum OfficerBody {
  PENGURUS = 'PENGURUS',
  PENGAWAS = 'PENGAWAS',
}

registerEnumType(OfficerPosition, {
  name: 'OfficerPosition',
  description: 'Position of an officer in a cooperative.',
  valuesConfig: {
    KETUA: { description: 'Chair of the board (ketua pengurus).' },
    SEKRETARIS: { description: 'Secretary of the board (sekretaris).' },
    BENDAHARA: { description: 'Treasurer of the board (bendahara).' },
    PENGAWAS: { description: 'Member of the supervisory board (pengawas).' },
  },
});

registerEnumType(OfficerBody, {
  name: 'OfficerBody',
  description: 'Which organ of the cooperative an officer belongs to.',
  valuesConfig: {
    PENGURUS: { description: 'Management board (pengurus).' },
    PENGAWAS: { description: 'Supervisory board (pengawas).' },
  },
});

@ObjectType({ description: 'An officer of a cooperative: a member of its management (pengurus) or supervisory board (pengawas).' })
@Entity('cooperative_officers')
@Index('IDX_cooperative_officers_cooperative', ['cooperativeId'])
export class Officer {
  @Field(() => ID, { description: 'Stable id of this appointment.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  cooperativeId!: string;

  @ManyToOne(() => Cooperative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cooperativeId' })
  cooperative?: Relation<Cooperative>;

  @Field(() => String, {
    nullable: true,
    description: 'Full name of the officer. Personal data: null with FORBIDDEN unless the caller\'s scope covers the cooperative\'s region.',
  })
  @UseMiddleware(personalData<Officer>((officer) => officer.regionCode ?? ''))
  @Column({ type: 'varchar', length: 120 })
  fullName!: string;

  /** The cooperative's region, set when officers are read through their cooperative; decides who may see the name. */
  regionCode?: string;

  @Field(() => OfficerPosition, { description: 'Position held.' })
  @Column({ type: 'simple-enum', enum: OfficerPosition })
  position!: OfficerPosition;

  @Field(() => OfficerBody, { description: 'Management (pengurus) or supervisory (pengawas) board.' })
  get body(): OfficerBody {
    return this.position === OfficerPosition.PENGAWAS ? OfficerBody.PENGAWAS : OfficerBody.PENGURUS;
  }

  @Field(() => Int, { description: 'First year of the term of office.' })
  @Column({ type: 'int' })
  termStartYear!: number;

  @Field(() => Int, { nullable: true, description: 'Last year of the term of office, when set.' })
  @Column({ type: 'int', nullable: true })
  termEndYear!: number | null;
}
