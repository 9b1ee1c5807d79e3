// The demo county's training records (docs/TRAINING.md), so the Training screens are not empty on
// `npm start`: four courses and completions, dated from the county's today, that show each
// standing (current, due within 30 days, lapsed) and a renewal. The advocate's qualification on
// training rests on them from then on, so her completions in force hold the profile's 40 hours
// for two years. Recorded by the coordinator (nobody records their own training), with the
// expiry warning scheduled as a recorded completion's is.
import { CALIFORNIA_LEGAL_PROFILE, localDate } from '../../../domain/legal-profile.js';
import { startOfLocalDay } from '../../../domain/local-time.js';
import { lapseDay, warningDay } from '../../../domain/training.js';
import type { Queryable } from '../../../db/database.js';
import { scheduleJob } from '../../../db/repositories/jobs.js';
import { insertCompletion, insertCourse } from '../../../db/repositories/training.js';
import type { SeededJurisdiction } from './demo-county.js';

const COURSES = [
  {
    key: 'csec',
    title: 'CSEC 101: recognizing commercial sexual exploitation of children',
    topic: 'Identification',
    hours: 8,
    validityMonths: 24,
  },
  {
    key: 'caseworker',
    title: 'Human trafficking caseworker training (Evidence Code 1038.2)',
    topic: 'Caseworker privilege',
    hours: 40,
    validityMonths: 24,
  },
  {
    key: 'trauma',
    title: 'Trauma-informed engagement',
    topic: 'Practice',
    hours: 6,
    validityMonths: 12,
  },
  {
    key: 'reporting',
    title: 'Mandated reporting refresher',
    topic: 'Duties to report',
    hours: 2,
    validityMonths: 12,
  },
] as const;
type CourseKey = (typeof COURSES)[number]['key'];

// Who completed what, and how many days before today.
const COMPLETIONS: readonly { email: string; course: CourseKey; daysAgo: number }[] = [
  { email: 'advocate@demo.test', course: 'caseworker', daysAgo: 60 },
  { email: 'advocate@demo.test', course: 'csec', daysAgo: 60 },
  // Lapses within 30 days: "due", and the warning is scheduled.
  { email: 'advocate@demo.test', course: 'trauma', daysAgo: 345 },
  { email: 'supervisor@demo.test', course: 'caseworker', daysAgo: 400 },
  { email: 'supervisor@demo.test', course: 'trauma', daysAgo: 500 },
  // A renewal: the newer completion speaks for the course.
  { email: 'supervisor@demo.test', course: 'trauma', daysAgo: 120 },
  // Lapsed three weeks ago, not renewed.
  { email: 'police@demo.test', course: 'csec', daysAgo: 751 },
  { email: 'childwelfare@demo.test', course: 'csec', daysAgo: 30 },
  { email: 'childwelfare@demo.test', course: 'reporting', daysAgo: 200 },
  { email: 'medical@demo.test', course: 'csec', daysAgo: 120 },
];

const EVIDENCE = (n: number) => `Certificate DEMO-TR-${String(1000 + n)} (invented)`;

export async function seedDemoTraining(tx: Queryable, demo: SeededJurisdiction, now: Date) {
  const zone = CALIFORNIA_LEGAL_PROFILE.timeZone;
  const today = localDate(now, zone);
  const daysBefore = (days: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const coordinator = demo.people.get('coordinator@demo.test');
  if (!coordinator) throw new Error('demo person coordinator@demo.test is missing');
  const courses = new Map<CourseKey, { id: string; hours: number; validityMonths: number }>();
  for (const course of COURSES) {
    const id = await insertCourse(tx, {
      jurisdictionId: demo.jurisdictionId,
      title: course.title,
      topic: course.topic,
      hours: course.hours,
      validityMonths: course.validityMonths,
      userId: coordinator.userId,
      now,
    });
    if (id === null) throw new Error(`demo course ${course.title} exists twice`);
    courses.set(course.key, { id, ...course });
  }
  for (const [n, completion] of COMPLETIONS.entries()) {
    const person = demo.people.get(completion.email);
    const course = courses.get(completion.course);
    if (!person || !course) throw new Error(`demo completion ${String(n)} names no one`);
    const completedOn = daysBefore(completion.daysAgo);
    const lapsesOn = lapseDay(completedOn, course.validityMonths);
    const id = await insertCompletion(tx, {
      jurisdictionId: demo.jurisdictionId,
      userId: person.userId,
      courseId: course.id,
      hours: course.hours,
      completedOn,
      lapsesOn,
      evidence: EVIDENCE(n),
      recordedByUserId: coordinator.userId,
      now,
    });
    if (lapsesOn !== null && lapsesOn > today) {
      await scheduleJob(tx, {
        jurisdictionId: demo.jurisdictionId,
        kind: 'training.expiry',
        targetId: id,
        runAt: startOfLocalDay(warningDay(lapsesOn), zone),
      });
    }
  }
}
