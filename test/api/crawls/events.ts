// The event check of the demo crawl (issue 10, "done when": the event crawl shows no category to
// a reader without a basis). Events are recorded on the demo cases by each agency, every detail
// carrying a unique marker; then every GET route that can return events or tasks is read as every
// demo account, for every demo case. A marker of an event's details reaches, through the event
// routes, only a reader whom decideRead allows that category from the recording organization.
// Tasks and notifications never carry a youth's name or any detail but `where`, and `where` only
// to the task's assignee organization and the county coordinator. The missing-youth routes (the
// alert packet, its profile, juvenile hall intake's custody notices) carry no detail but the open
// episode's last known place (a `missing` event's `lastSeen`, else its `where`) and the name, and
// those only to a reader decideAlertPacketRead allows (docs/MISSING-AND-CUSTODY.md). The markers
// found prove the scan looks where the data is.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { listTeam } from '../../../src/db/repositories/case-grants.js';
import { unsafeFindOpenEpisode } from '../../../src/db/repositories/missing-youth.js';
import { findUserWithCredentials } from '../../../src/db/repositories/users.js';
import { unsafeFindYouth } from '../../../src/db/repositories/youth.js';
import {
  decideAlertPacketRead,
  MISSING_REPORTS_FUNCTION,
} from '../../../src/domain/missing-youth.js';
import { isCountyCoordinator } from '../../../src/domain/tasks.js';
import type { DataCategory } from '../../../src/domain/vocabulary.js';
import { actorOf } from '../../../src/server/services/auth/signed-in.js';
import { loadCase } from '../../../src/server/services/cases/case-scope.js';
import { pointPersonsWithFunction } from '../../../src/server/services/protocol/recipients.js';
import type { Check, CrawlContext } from './walk.js';

const YOUTH_NAMES = ['Maya', 'Rivera', 'Mimi', 'Lucía', 'Ortega', 'Crawlcase'];

const marker = (label: string) => `${label}-${randomBytes(8).toString('hex')}`;

interface Planted {
  readonly type: string;
  readonly youthId: string;
  readonly eventId: string;
  readonly category: DataCategory;
  readonly holderOrganizationId: string;
  /** The marker in `where`, and the markers in other details (never in a task or notice). */
  readonly where: string;
  readonly others: readonly string[];
}

type Route = 'event' | 'task' | 'notice' | 'packet';

export async function plantEvents(
  context: CrawlContext,
  accounts: readonly string[],
): Promise<Check> {
  const { database, services, mayaId } = context;
  const planted: Planted[] = [];
  const earlier = (minutes: number) =>
    new Date(services.clock.now().getTime() - minutes * 60_000).toISOString();
  const record = async (
    email: string,
    youthId: string,
    type: string,
    category: DataCategory,
    details: (where: string, other: string) => Record<string, unknown>,
    withOther = true,
  ) => {
    const client = await context.signIn(email);
    const where = marker(`WHERE-${type}`);
    const other = marker(`DETAIL-${type}`);
    const response = await client.post(`/api/youth/${youthId}/events`, {
      type,
      occurredAt: earlier(20),
      details: details(where, other),
    });
    assert.equal(response.statusCode, 201, `${email} ${type}: ${response.body}`);
    const found = await findUserWithCredentials(database.db, { email });
    assert.ok(found);
    planted.push({
      type,
      youthId,
      eventId: response.json<{ event: { id: string } }>().event.id,
      category,
      holderOrganizationId: found.user.organizationId,
      where,
      others: withOther ? [other] : [],
    });
  };

  // The demo's missing-from-care case, and one more opened by child welfare alone: the police
  // learn of them only through tasks.
  const childWelfare = await context.signIn('childwelfare@demo.test');
  const [lucia] = (await childWelfare.get('/api/youth?query=DEMO-0002')).json<{ id: string }[]>();
  assert.ok(lucia);
  const opened = await childWelfare.post('/api/youth', {
    givenName: 'Crawlcase',
    familyName: 'Second',
    estimatedBirthYear: 2011,
    createAnyway: true,
  });
  assert.equal(opened.statusCode, 201, opened.body);
  const second = opened.json<{ id: string }>().id;

  await record(
    'police@demo.test',
    mayaId,
    'identification',
    'case_notes',
    (where) => ({
      where,
      prostitutionRelated: true,
    }),
    false,
  );
  await record('police@demo.test', mayaId, 'arrest_attempt', 'legal', (where, other) => ({
    where,
    offenseDescription: other,
    prostitutionRelated: true,
  }));
  await record('police@demo.test', mayaId, 'missing', 'contact_location', (where, other) => ({
    where,
    lastSeen: other,
  }));
  await record('childwelfare@demo.test', mayaId, 'placement_change', 'placement', (w, o) => ({
    where: w,
    placementType: o,
  }));
  await record(
    'medical@demo.test',
    mayaId,
    'disclosure',
    'case_notes',
    (where) => ({
      where,
      toOrganizationType: 'medical',
      inCustody: true,
    }),
    false,
  );
  await record(
    'advocate@demo.test',
    mayaId,
    'returned',
    'contact_location',
    (where) => ({
      where,
      knownRunawayHistory: true,
    }),
    false,
  );
  await record('da@demo.test', mayaId, 'subpoena', 'legal', (where, other) => ({
    where,
    hearingDate: '2027-02-01',
    court: other,
  }));
  await record('childwelfare@demo.test', second, 'missing', 'contact_location', (w, o) => ({
    where: w,
    fromCare: true,
    riskDescription: o,
  }));

  await record(
    'childwelfare@demo.test',
    lucia.id,
    'returned',
    'contact_location',
    (where) => ({ where, knownRunawayHistory: true }),
    false,
  );

  const youthIds = [mayaId, lucia.id, second];
  const mayRead = new Map<string, boolean>();
  const actors = new Map<string, ReturnType<typeof actorOf>>();
  const mayReadPacket = new Map<string, boolean>();
  const packetYouth = (url: string) => youthIds.find((id) => url.includes(id)) ?? '';
  let tasks: { id: string; event_id: string | null; assignee_organization_id: string }[] = [];
  /** Every URL this check reads, and what it is (the same for every account). */
  const urls = new Map<string, Route>();
  const seen = new Set<string>();
  const leaks: string[] = [];
  const scan = (email: string, url: string, body: string, route: Route) => {
    const actor = actors.get(email);
    assert.ok(actor);
    const packet = route === 'packet' && mayReadPacket.get(`${email} ${packetYouth(url)}`);
    for (const name of YOUTH_NAMES) {
      if (route !== 'event' && !packet && body.includes(name)) {
        leaks.push(`${email} ${url}: youth name`);
      }
    }
    for (const p of planted) {
      if (route === 'packet') {
        for (const other of p.others) {
          if (body.includes(other)) leaks.push(`${email} ${url}: ${p.type} detail (packet)`);
        }
        if (!body.includes(p.where)) continue;
        seen.add(p.where);
        const lastKnownPlace = p.type === 'missing' && p.youthId === packetYouth(url);
        if (!packet || !lastKnownPlace) leaks.push(`${email} ${url}: ${p.type} where (packet)`);
        continue;
      }
      const read = mayRead.get(`${email} ${p.eventId}`) === true;
      for (const other of p.others) {
        if (!body.includes(other)) continue;
        seen.add(other);
        if (route !== 'event' || !read) leaks.push(`${email} ${url}: ${p.category} detail`);
      }
      if (!body.includes(p.where)) continue;
      seen.add(p.where);
      const assignee = tasks.some(
        (t) => t.event_id === p.eventId && t.assignee_organization_id === actor.organizationId,
      );
      const allowed =
        route === 'event'
          ? read
          : route === 'task' &&
            (assignee ||
              (isCountyCoordinator(actor) &&
                actor.jurisdictionId ===
                  // Every planted case is Demo County's.
                  actors.get('coordinator@demo.test')?.jurisdictionId));
      if (!allowed) leaks.push(`${email} ${url}: ${p.category} where (${route})`);
    }
  };

  let requests = 0;
  const readBy = new Map<string, number>();
  const packetReads: string[] = [];
  return {
    name: 'events',
    async prepare() {
      // Who may read what, from the access module itself.
      for (const email of accounts) {
        const found = await findUserWithCredentials(database.db, { email });
        assert.ok(found, email);
        const actor = actorOf(found.user);
        actors.set(email, actor);
        for (const youthId of youthIds) {
          const youth = await unsafeFindYouth(database.db, youthId);
          assert.ok(youth);
          const scope = await loadCase(database.db, services, actor, youth);
          for (const p of planted.filter((q) => q.youthId === youthId)) {
            mayRead.set(
              `${email} ${p.eventId}`,
              scope.read(p.category, p.holderOrganizationId).allowed,
            );
          }
        }
      }
      // Who may read each case's alert packet, from the domain rule itself.
      const missingReporters = await pointPersonsWithFunction(
        database.db,
        actors.get('police@demo.test')?.jurisdictionId ?? '',
        MISSING_REPORTS_FUNCTION,
      );
      for (const youthId of youthIds) {
        const youth = await unsafeFindYouth(database.db, youthId);
        assert.ok(youth);
        const team = await listTeam(database.db, youthId);
        const open = await unsafeFindOpenEpisode(database.db, youthId);
        for (const [email, actor] of actors) {
          const decision = decideAlertPacketRead(actor, {
            jurisdictionId: youth.jurisdictionId,
            // The demo county seals no case.
            seal: null,
            team: team.map((m) => ({ organizationId: m.organizationId, userId: m.userId })),
            episodeOpen: open !== null,
            notifiedOrganizationIds: missingReporters.map((p) => p.organizationId),
          });
          mayReadPacket.set(`${email} ${youthId}`, decision.allowed);
        }
      }
      tasks = await database.db.query<{
        id: string;
        event_id: string | null;
        assignee_organization_id: string;
      }>(`SELECT id, event_id, assignee_organization_id FROM tasks`);
      for (const youthId of youthIds) {
        urls.set(`/api/youth/${youthId}/events`, 'event');
        urls.set(`/api/youth/${youthId}/timeline`, 'event');
        urls.set(`/api/tasks?scope=mine&status=all&youthId=${youthId}`, 'task');
        for (const view of [
          'alert-packet',
          'alert-packet.pdf',
          'missing-profile',
          'custody-notices',
        ]) {
          urls.set(`/api/youth/${youthId}/${view}`, 'packet');
        }
      }
      for (const scope of ['mine', 'organization', 'county']) {
        for (const status of ['open', 'all'])
          urls.set(`/api/tasks?scope=${scope}&status=${status}`, 'task');
      }
      for (const task of tasks) urls.set(`/api/tasks/${task.id}`, 'task');
      urls.set('/api/notifications', 'notice');
    },
    readsSharedWalk: false,
    ownUrls: () => [...urls.keys()],
    inspect(email, url, status, body) {
      const route = urls.get(url);
      assert.ok(route, url);
      requests += 1;
      scan(email, url, body, route);
      if (status === 200) readBy.set(email, (readBy.get(email) ?? 0) + 1);
      if (url.endsWith('/alert-packet') && status === 200) {
        packetReads.push(`${email} ${packetYouth(url)}`);
      }
    },
    finish() {
      assert.deepEqual(leaks, []);
      // The scan finds what it looks for: every where and every other detail reached someone.
      for (const p of planted) {
        assert.ok(seen.has(p.where), `${p.category} where by ${p.holderOrganizationId} never seen`);
        for (const other of p.others) assert.ok(seen.has(other), `${p.category} detail never seen`);
      }
      assert.ok(tasks.length >= 10, `only ${String(tasks.length)} tasks`);
      assert.ok(requests > 500, `only ${String(requests)} requests`);
      assert.ok((readBy.get('police@demo.test') ?? 0) > 0);
      // The open episode's packet reached the police, who are not on that case's team.
      assert.ok(mayReadPacket.get(`police@demo.test ${second}`));
      // Exactly those the rule allows read a packet, and nobody else.
      assert.deepEqual(
        packetReads.sort(),
        [...mayReadPacket]
          .filter(([, allowed]) => allowed)
          .map(([key]) => key)
          .sort(),
      );
      assert.equal(mayReadPacket.get(`intake@demo.test ${second}`), false);
    },
  };
}
