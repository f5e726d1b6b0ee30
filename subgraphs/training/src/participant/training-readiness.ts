import { Field, Int, ObjectType } from 'type-graphql';
import type { Enrollment } from '../enrollment/enrollment.entity';
import { EnrollmentStatus } from '../enrollment/enrollment.enums';

/** What a buyer checks of a supplier's training (Bela Pengadaan readiness), from its enrollments. */
@ObjectType({ description: 'How far a supplier got in the programmes of the regional offices: part of its readiness for government procurement.' })
export class TrainingReadiness {
  @Field(() => Int, { description: 'Programmes completed (completed or certified).' })
  completedPrograms!: number;

  @Field(() => Int, { description: 'Certificates held (certified enrollments with a certificate number).' })
  certificates!: number;
}

const COMPLETED = new Set([EnrollmentStatus.COMPLETED, EnrollmentStatus.CERTIFIED]);

export function trainingReadinessOf(enrollments: Enrollment[]): TrainingReadiness {
  return {
    completedPrograms: new Set(enrollments.filter((enrollment) => COMPLETED.has(enrollment.status)).map((enrollment) => enrollment.programId)).size,
    certificates: enrollments.filter((enrollment) => enrollment.status === EnrollmentStatus.CERTIFIED && enrollment.certificateNumber).length,
  };
}
