import type {
  CertificateDocument,
  CertificateRecord,
} from '@ledger/application/certificates/certificate-document';

const ACTIVITIES = [
  '科技馆科普讲解志愿服务',
  '社区老年人智能手机使用培训',
  '青少年机器人编程夏令营辅导',
  '全国科普日主题展览现场引导',
  '乡村学校天文观测科普活动',
  '应急救护知识进社区宣讲',
  '博物馆古代科技展品讲解',
  '公园植物科普导览',
];

const CONTENTS = [
  '为参观群众讲解展品原理，维持参观秩序',
  '指导老年人使用健康码、网上挂号和视频通话',
  '协助教师组织分组搭建与调试，解答学生问题',
  '引导观众参观，发放科普资料并收集反馈',
  '架设望远镜，带领学生观测月面与行星',
  '演示心肺复苏与止血包扎，组织居民现场练习',
];

/** `count` confirmed records, one a day from 2026-01-05 at 09:00 China time, 60 to 240 minutes each. */
export function records(count: number): CertificateRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 5 + i));
    const date = day.toISOString().slice(0, 10);
    const minutes = 60 + ((i * 37) % 181);
    const start = new Date(Date.UTC(2026, 0, 5 + i, 1, 0)); // 09:00 in Asia/Shanghai
    const end = new Date(start.getTime() + minutes * 60_000);
    return {
      recordId: `rec-${String(i + 1).padStart(4, '0')}`,
      activityId: `act-${(i % ACTIVITIES.length) + 1}`,
      activity: ACTIVITIES[i % ACTIVITIES.length]!,
      date,
      startedAt: start.toISOString(),
      endedAt: end.toISOString(),
      minutes,
      content: CONTENTS[i % CONTENTS.length]!,
    };
  });
}

/** A realistic certificate: a Chinese name, a masked resident ID, `recordCount` records, two trainings. */
export function certificateDocument(
  recordCount: number,
  overrides: Partial<CertificateDocument> = {},
): CertificateDocument {
  const rows = records(recordCount);
  const minutes = rows.reduce((sum, r) => sum + r.minutes, 0);
  const trainings = [
    { trainingId: 'tr-1', course: '科普志愿者通识培训', completedOn: '2026-01-03', minutes: 180 },
    { trainingId: 'tr-2', course: '应急救护员（红十字）培训', completedOn: '2026-02-14', minutes: 480 },
  ];
  return {
    id: '0190c1d2-7a8b-7c3d-9e4f-5a6b7c8d9e0f',
    number: '410100-2026-000042',
    issuedAt: '2026-06-30T02:15:00.000Z',
    issuedOn: '2026-06-30',
    status: 'valid',
    revocation: null,
    purpose: '升学材料',
    volunteer: {
      id: 'vol-1',
      name: '欧阳晓燕',
      idType: 'resident-id',
      idNumberMasked: '410102********2345',
      volunteerNo: 'V4101002026000137',
    },
    period: { from: '2026-01-01', to: '2026-06-30' },
    totals: {
      minutes,
      records: rows.length,
      trainingMinutes: trainings.reduce((s, t) => s + t.minutes, 0),
    },
    records: rows,
    trainings,
    commendations: [
      {
        commendationId: 'cm-1',
        title: '优秀科普志愿者',
        awardedBy: '郑州市科学技术协会',
        awardedOn: '2026-05-30',
      },
    ],
    starLevel: 2,
    issuer: {
      id: 'issuer-410100',
      name: '郑州市科学技术协会',
      regionCode: '410100',
      personInCharge: '王建国',
      handler: '李明',
      contact: '0371-12345678',
      did: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
      verificationMethod:
        'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
    },
    anchor: { stream: 'volunteer-vol-1', revision: 211, hash: 'a'.repeat(64) },
    credential: {},
    verifyUrl: 'https://ledger.example.cn/api/v1/verify/410100-2026-000042',
    notes: [
      '本证明依据志愿服务记录系统中经确认的服务记录出具，服务时长以系统记录为准。',
      '本证明可通过扫描二维码或访问核验网址在线核验真伪。',
    ],
    ...overrides,
  };
}
