import { DeciderSpecification } from '../testing/decider-specification';
import {
  admin,
  meta,
  NOW,
  organiser,
  register,
  registered,
  RESIDENT_ID,
  SEALED,
} from './testing/volunteer-fixtures';
import { volunteerDecider } from './volunteer.decider';
import type { VolunteerForgotten } from './volunteer.events';

const spec = DeciderSpecification.for(volunteerDecider);

const forgotten: VolunteerForgotten = {
  type: 'VolunteerForgotten',
  data: { volunteerId: 'vol-1', reason: '本人申请注销', forgottenBy: admin.accountId, forgottenAt: NOW },
};

describe('volunteer', () => {
  describe('registering', () => {
    it('registers with consent; the event holds the sealed data and no plaintext', () => {
      spec.given([]).when(register()).then([registered()]);
      spec
        .given([])
        .when(register())
        .thenEvents(([event]) => {
          const text = JSON.stringify(event);
          for (const secret of ['张三', RESIDENT_ID, '13812345678', '1381', '4101**'])
            expect(text).not.toContain(secret);
        });
    });

    it('refuses without consent: exactly true, nothing else', () => {
      spec
        .given([])
        .when(register({ consent: false }))
        .thenThrows('VALIDATION_FAILED');
    });

    it('refuses a second registration on the same stream', () => {
      spec.given([registered()]).when(register()).thenThrows('CONFLICT');
    });

    it('refuses an invalid region code', () => {
      spec
        .given([])
        .when(register({ regionCode: '990000' }))
        .thenThrows('VALIDATION_FAILED');
    });

    it.each([
      ['a wrong check digit', { idNumber: '410105199003071231' }],
      ['an impossible birth date', { idNumber: '410105199002301234' }],
      ['a birth date after today', { idNumber: '410105202712011234' }],
      ['17 characters', { idNumber: '41010519900307123' }],
      ['an unknown province', { idNumber: '991234199003071234' }],
    ])('refuses a resident ID number with %s', (_what, person) => {
      spec
        .given([])
        .when(register({ person: { ...register().data.person, ...person } }))
        .thenThrows('VALIDATION_FAILED');
    });

    it('refuses a phone that is neither a mainland mobile nor international', () => {
      spec
        .given([])
        .when(register({ person: { ...register().data.person, phone: '0371-12345678' } }))
        .thenThrows('VALIDATION_FAILED');
    });

    it('refuses an empty or overlong name', () => {
      for (const name of ['   ', '张'.repeat(51)]) {
        spec
          .given([])
          .when(register({ person: { ...register().data.person, name } }))
          .thenThrows('VALIDATION_FAILED');
      }
    });

    it('accepts the other ID types in their own formats', () => {
      for (const [idType, idNumber] of [
        ['passport', 'E12345678'],
        ['hk-macao-permit', 'H12345678'],
        ['taiwan-permit', '12345678'],
        ['foreign-permanent-resident', 'USA123456789012'],
      ] as const) {
        spec
          .given([])
          .when(register({ person: { name: 'Alex Smith', idType, idNumber, phone: '+85291234567' } }))
          .then([registered()]);
      }
    });
  });

  describe('forgetting', () => {
    const forget = {
      type: 'ForgetVolunteer' as const,
      data: { volunteerId: 'vol-1', reason: '本人申请注销' },
    };

    it('records who forgot the volunteer and why', () => {
      spec
        .given([registered()])
        .when({ ...forget, metadata: meta(admin) })
        .then([forgotten]);
    });

    it('forgetting twice forgets nothing more', () => {
      spec
        .given([registered(), forgotten])
        .when({ ...forget, metadata: meta(admin) })
        .thenNothingHappens();
    });

    it('needs a reason', () => {
      spec
        .given([registered()])
        .when({ ...forget, data: { volunteerId: 'vol-1', reason: ' ' }, metadata: meta(admin) })
        .thenThrows('VALIDATION_FAILED');
    });

    it('refuses an unknown volunteer', () => {
      spec
        .given([])
        .when({ ...forget, metadata: meta(admin) })
        .thenThrows('NOT_FOUND');
    });
  });

  describe('trainings, commendations and evaluations', () => {
    const training = (
      data: Partial<{ course: string; completedOn: string; minutes: number; trainingId: string }> = {},
    ) => ({
      type: 'RecordTraining' as const,
      data: {
        volunteerId: 'vol-1',
        trainingId: 'trn-1',
        course: '科普讲解员培训',
        completedOn: '2026-03-01',
        minutes: 240,
        ...data,
      },
      metadata: meta(organiser),
    });

    it('records a training with who recorded it', () => {
      spec
        .given([registered()])
        .when(training())
        .then([
          {
            type: 'TrainingRecorded',
            data: {
              volunteerId: 'vol-1',
              trainingId: 'trn-1',
              course: '科普讲解员培训',
              completedOn: '2026-03-01',
              minutes: 240,
              recordedBy: organiser.accountId,
              recordedAt: NOW,
            },
          },
          {
            type: 'PointsEarned',
            data: {
              volunteerId: 'vol-1',
              lotId: 'lot-1',
              source: { type: 'training', id: 'trn-1' },
              points: 20,
              settledOwed: 0,
              earnedOn: '2026-03-10',
              expiresOn: '2028-12-31',
              multiplier: 1,
              campaignIds: [],
              ruleVersion: 'points-2026.1',
            },
          },
        ]);
    });

    it('refuses a training completed after today', () => {
      spec
        .given([registered()])
        .when(training({ completedOn: '2026-03-11' }))
        .thenThrows('DATE_IN_FUTURE');
    });

    it('refuses impossible dates and minutes out of range', () => {
      spec
        .given([registered()])
        .when(training({ completedOn: '2026-02-30' }))
        .thenThrows('VALIDATION_FAILED');
      spec
        .given([registered()])
        .when(training({ minutes: 0 }))
        .thenThrows('VALIDATION_FAILED');
      spec
        .given([registered()])
        .when(training({ minutes: 1.5 }))
        .thenThrows('VALIDATION_FAILED');
      spec
        .given([registered()])
        .when(training({ minutes: 6001 }))
        .thenThrows('VALIDATION_FAILED');
    });

    it('refuses the same training id twice, an unknown or a forgotten volunteer', () => {
      const done = volunteerDecider.decide(
        training(),
        volunteerDecider.evolve(volunteerDecider.initialState(), registered()),
      );
      spec
        .given([registered(), ...done])
        .when(training())
        .thenThrows('CONFLICT');
      spec.given([]).when(training()).thenThrows('NOT_FOUND');
      spec.given([registered(), forgotten]).when(training()).thenThrows('VOLUNTEER_FORGOTTEN');
    });

    it('records a commendation; the award date cannot be in the future', () => {
      const commendation = (awardedOn: string) => ({
        type: 'RecordCommendation' as const,
        data: {
          volunteerId: 'vol-1',
          commendationId: 'cmn-1',
          title: '优秀科技志愿者',
          awardedBy: '郑州市科协',
          awardedOn,
        },
        metadata: meta(admin),
      });
      spec
        .given([registered()])
        .when(commendation('2025-12-05'))
        .then([
          {
            type: 'CommendationRecorded',
            data: {
              volunteerId: 'vol-1',
              commendationId: 'cmn-1',
              title: '优秀科技志愿者',
              awardedBy: '郑州市科协',
              awardedOn: '2025-12-05',
              recordedBy: admin.accountId,
              recordedAt: NOW,
            },
          },
        ]);
      spec.given([registered()]).when(commendation('2027-01-01')).thenThrows('DATE_IN_FUTURE');
      spec
        .given([registered(), forgotten])
        .when(commendation('2025-12-05'))
        .thenThrows('VOLUNTEER_FORGOTTEN');
    });

    it('records an evaluation with its sealed comment; the period must have begun and be well formed', () => {
      const evaluation = (period: string) => ({
        type: 'RecordEvaluation' as const,
        data: {
          volunteerId: 'vol-1',
          evaluationId: 'evl-1',
          period,
          rating: 'excellent' as const,
          sealedComment: SEALED,
        },
        metadata: meta(admin),
      });
      spec
        .given([registered()])
        .when(evaluation('2026-Q1'))
        .then([
          {
            type: 'EvaluationRecorded',
            data: {
              volunteerId: 'vol-1',
              evaluationId: 'evl-1',
              period: '2026-Q1',
              rating: 'excellent',
              comment: SEALED,
              recordedBy: admin.accountId,
              recordedAt: NOW,
            },
          },
        ]);
      for (const ok of ['2025', '2026-H1', '2026-03'])
        spec
          .given([registered()])
          .when(evaluation(ok))
          .thenEvents((e) => expect(e).toHaveLength(1));
      spec.given([registered()]).when(evaluation('2026-Q2')).thenThrows('DATE_IN_FUTURE');
      spec.given([registered()]).when(evaluation('2026-13')).thenThrows('VALIDATION_FAILED');
      spec.given([registered()]).when(evaluation('26')).thenThrows('VALIDATION_FAILED');
    });
  });
});
