// Two people save the same safety plan version at once over real HTTP (scripts/test-faults.mjs):
// one save is the next version, the other is answered 409 stale_version carrying what it sent
// and the version saved meanwhile, so nothing anyone wrote is lost; saved again on the current
// version, it becomes the version after.
import { Session } from './lantern.mjs';

const plan = (sign) => ({
  type: 'general',
  warningSigns: [sign],
  writtenWithYouth: false,
  details: {},
});

export async function concurrentSave({ base, youthId, log }) {
  const [first, second] = await Promise.all([
    new Session(base).login('advocate@demo.test'),
    new Session(base).login('advocate@demo.test'),
  ]);
  const problems = [];
  const created = await first.request(
    'POST',
    `/api/youth/${youthId}/safety-plans`,
    plan('fault suite: version 1'),
  );
  if (created.status !== 201)
    throw new Error(`plan not created: ${created.status} ${created.text}`);
  const planId = created.json.id;
  const sent = ['fault suite: first person', 'fault suite: second person'];
  const answers = await Promise.all(
    [first, second].map((session, i) =>
      session.request('PUT', `/api/safety-plans/${planId}`, { ...plan(sent[i]), version: 1 }),
    ),
  );
  const statuses = answers.map((a) => a.status).sort();
  if (statuses.join() !== '200,409')
    problems.push(`two saves of version 1 answered ${statuses.join(' and ')}, not 200 and 409`);
  const winner = answers.findIndex((a) => a.status === 200);
  const loser = answers.findIndex((a) => a.status === 409);
  if (winner !== -1 && loser !== -1) {
    const conflict = answers[loser].json?.error;
    if (conflict?.code !== 'stale_version') problems.push(`409 code ${conflict?.code}`);
    if (conflict?.mine?.content?.warningSigns?.[0] !== sent[loser])
      problems.push('the 409 does not carry what the loser sent');
    if (
      conflict?.current?.version !== 2 ||
      conflict.current.content?.warningSigns?.[0] !== sent[winner]
    )
      problems.push('the 409 does not carry the version saved meanwhile');
    const again = await [first, second][loser].request('PUT', `/api/safety-plans/${planId}`, {
      ...plan(sent[loser]),
      version: 2,
    });
    if (again.status !== 200 || again.json?.version !== 3)
      problems.push(`the loser's save on version 2: ${again.status}`);
  }
  const versions = await first.request('GET', `/api/safety-plans/${planId}/versions`);
  const signs = (versions.json ?? []).map((v) => `${v.version}:${v.content.warningSigns[0]}`);
  const expected =
    winner === -1 ? [] : [`3:${sent[loser]}`, `2:${sent[winner]}`, '1:fault suite: version 1'];
  if (signs.join('|') !== expected.join('|'))
    problems.push(`versions after: ${signs.join(', ') || versions.status}`);
  log(
    `concurrent saves of one safety plan version: answered ${statuses.join(' and ')}; versions kept ${signs.length} (${problems.length === 0 ? 'nothing lost' : 'PROBLEM'})`,
  );
  return problems;
}
