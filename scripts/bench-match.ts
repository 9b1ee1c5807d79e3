// Benchmark: one youth matched against 20,000 services (issue 4). Prints figures; asserts nothing.
// Run: npx tsx scripts/bench-match.ts [services]
import { matchServices, NEEDS, type MatchableService } from '../src/domain/matching.js';

const count = Number(process.argv[2] ?? 20_000);
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const services: MatchableService[] = Array.from({ length: count }, (_, i) => ({
  id: `svc-${String(i)}`,
  organizationId: `org-${String(i % 800)}`,
  name: `Service ${String(i)}`,
  needs: NEEDS.filter(() => random() < 0.15),
  csecSpecialized: random() < 0.2,
  level: pick(['prevention', 'intervention', 'both'] as const),
  groupSetting: random() < 0.3,
  cohortRule: pick(['at_risk_only', 'exploited_only', 'either'] as const),
  minimumAge: random() < 0.5 ? pick([10, 12, 14, 16]) : null,
  maximumAge: random() < 0.5 ? pick([17, 18, 21, 24]) : null,
  genders: random() < 0.2 ? [pick(['girl', 'boy'])] : null,
  lgbtqAffirming: random() < 0.4,
  alternativeToDetention: random() < 0.1,
  languages: ['English', ...(random() < 0.4 ? ['Spanish'] : [])],
  serviceAreas: random() < 0.7 ? [pick(['Demo County', 'Neighbor County', 'Third County'])] : null,
  capacityAvailable: random() < 0.5 ? Math.floor(random() * 4) : null,
}));
const youth = {
  needs: ['emergency_shelter', 'crisis_counseling', 'medical', 'survivor_mentoring'] as const,
  age: 15,
  gender: 'girl',
  languages: ['Spanish'],
  county: 'Demo County',
  history: 'exploited' as const,
  excludedOrganizationIds: ['org-1', 'org-2'],
  facingDetention: false,
};

for (let i = 0; i < 5; i += 1) matchServices(youth, services); // warm up
const runs = 50;
const times: number[] = [];
let result = matchServices(youth, services);
for (let i = 0; i < runs; i += 1) {
  const started = process.hrtime.bigint();
  result = matchServices(youth, services);
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
}
times.sort((a, b) => a - b);
const at = (q: number) =>
  (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
console.log(
  `match: 1 youth x ${String(count)} services, ${String(runs)} runs: median ${at(0.5)} ms, p95 ${at(0.95)} ms; ` +
    `${String(result.ranked.length)} ranked, ${String(result.excluded.length)} excluded; ` +
    `heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
);
