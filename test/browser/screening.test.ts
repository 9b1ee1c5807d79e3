// Screening on the screens, in Debian's Chromium: a youth returns from missing, the re-screen task
// appears on the advocate's My work, and she screens the youth on a phone from the record (the
// result and score after saving, the task done); the same in Spanish; the coordinator's
// schedule and a refused instrument import, item by item, on the protocol screen. axe-core checks
// every page visited for serious or critical accessibility violations.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import {
  expectAccessible as checkAccessible,
  signInAt,
  startBrowserWorld,
  type BrowserWorld,
} from '../support/browser.js';
import { openYouth } from '../support/cases.js';
import { Client } from '../support/http.js';

const PHONE = { width: 375, height: 667 };
const RESCREEN = 'Re-screen for exploitation';
/** Lantern indicators' first two questions, answered yes; the other ten no. */
const QUESTIONS_EN = [
  'In the last year, has the youth been away from home or placement overnight without permission?',
  'Does the youth have a boyfriend, girlfriend or friend who is much older?',
];

let world: BrowserWorld;
let base: string;
const checkedPages: string[] = [];

before(async () => {
  world = await startBrowserWorld({ demoMode: true });
  ({ base } = world);
});
after(async () => {
  await world.close();
});

function expectAccessible(page: Page, label: string) {
  return checkAccessible(page, label, checkedPages);
}

/**
 * A kept page (BrowserWorld.seat) for the next person, a phone when given its viewport: a Los
 * Angeles browser whose clock is set to the server's (the test clock).
 */
function seat(phone?: { width: number; height: number }): Promise<Page> {
  return world.seat({
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
    ...(phone ? { phone: true, viewport: phone } : {}),
    clockAt: world.clock.now(),
  });
}

async function signIn(page: Page, email: string, name: RegExp): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The same, over HTTP (signInAt): the journeys after the first start at their own screen. */
const signInOver = (page: Page, email: string, name: string | RegExp, path = '/') =>
  signInAt(page, base, { email, password: DEMO_PASSWORD }, name, path);

/** A youth the advocate opened and recorded back from missing: the pack's re-screen is hers. */
async function returnedYouth(): Promise<{ id: string; caseNumber: string }> {
  const advocate = new Client(world.app);
  await advocate.login('advocate@demo.test', DEMO_PASSWORD);
  const youth = await openYouth(advocate);
  const returned = await advocate.post(`/api/youth/${youth.id}/events`, {
    type: 'returned',
    occurredAt: world.clock.now().toISOString(),
    details: { knownRunawayHistory: false },
  });
  assert.equal(returned.statusCode, 201, returned.body);
  return youth;
}

/** Answers every yes/no question of the form: yes to the first `yes`, no to the rest. */
async function answerAll(page: Page, yes: number, words: { yes: string; no: string }) {
  const groups = page.locator('.screening-items fieldset');
  const count = await groups.count();
  assert.equal(count, 12, 'Lantern indicators has twelve questions');
  for (let n = 0; n < count; n += 1) {
    await groups
      .nth(n)
      .getByLabel(n < yes ? words.yes : words.no, { exact: true })
      .check();
  }
}

describe('screening on the screens', () => {
  test('the advocate screens a youth on a phone once the re-screen task appears', async () => {
    const { caseNumber } = await returnedYouth();
    const page = await seat(PHONE);
    await signIn(page, 'advocate@demo.test', /Hello, Alex Lee/);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My work' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    const task = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: RESCREEN }) })
      .filter({ hasText: `Case ${caseNumber}` });
    await task.waitFor();
    await expectAccessible(page, 'my work with the re-screen task (advocate, phone)');

    await task.getByRole('link', { name: `Case ${caseNumber}` }).click();
    await page.getByRole('heading', { level: 1, name: `Case ${caseNumber}` }).waitFor();
    // Screening sits in the record's "Notes and records" group: open the group first.
    await page
      .getByRole('navigation', { name: 'Parts of this record' })
      .getByRole('link', { name: 'Notes and records', exact: true })
      .click();
    await page
      .getByRole('navigation', { name: 'Parts of this record' })
      .getByRole('link', { name: 'Screening', exact: true })
      .click();
    await page.getByRole('heading', { level: 3, name: 'Screenings' }).waitFor();
    await page.getByText('No screening your organization may see.').waitFor();
    await page.getByRole('button', { name: 'Start a screening' }).click();
    for (const question of QUESTIONS_EN) await page.getByText(question).waitFor();
    await expectAccessible(page, 'start a screening (advocate, phone)');

    // Saving with a question unanswered points at it; nothing is sent.
    await page.getByRole('button', { name: 'Save the screening' }).click();
    await page.getByText('Some answers are missing or not right; see each question.').waitFor();
    await expectAccessible(page, 'a screening with questions unanswered (advocate, phone)');

    await answerAll(page, 2, { yes: 'Yes', no: 'No' });
    await page.getByRole('button', { name: 'Save the screening' }).click();
    // Two: the demo's schedule screens at a case's opening, and the pack re-screens on return.
    await page
      .getByRole('status')
      .filter({
        hasText: 'Saved. Score 2 (positive at 2): Positive. It completed 2 screening tasks.',
      })
      .waitFor();
    const entry = page.locator('.screening-list li').first();
    await entry.getByText('Positive', { exact: true }).waitFor();
    await entry.getByText(/score 2, positive at 2/).waitFor();
    await entry.getByText('Answers').click();
    await entry.getByText(QUESTIONS_EN[0] ?? '').waitFor();
    await expectAccessible(page, 'a screening saved (advocate, phone)');

    // The task is done: it is gone from My work.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My work' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    assert.equal(
      await page
        .getByRole('article')
        .filter({ hasText: `Case ${caseNumber}` })
        .filter({ has: page.getByRole('heading', { name: RESCREEN }) })
        .count(),
      0,
    );
  });

  test('the same in Spanish: the questions in Spanish, the result in Spanish', async () => {
    const { id } = await returnedYouth();
    const page = await seat(PHONE);
    await signInOver(page, 'advocate@demo.test', /Hello, Alex Lee/);
    await page.getByRole('button', { name: 'Español' }).click();
    await page.goto(`${base}/youth/${id}?section=screening`);
    await page.getByRole('heading', { level: 3, name: 'Evaluaciones' }).waitFor();
    await page.getByRole('button', { name: 'Empezar una evaluación' }).click();
    await page.getByText('¿Tiene la o el joven una pareja o amistad mucho mayor?').waitFor();
    assert.equal(await page.getByLabel('Idioma de las preguntas').inputValue(), 'es');
    await answerAll(page, 1, { yes: 'Sí', no: 'No' });
    await page.getByRole('button', { name: 'Guardar la evaluación' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Guardada. Puntaje 1 (positivo desde 2): No positivo.' })
      .waitFor();
    await expectAccessible(page, 'a screening saved (es, advocate, phone)');
  });

  test('the coordinator keeps the schedule and sees a malformed import refused item by item', async () => {
    const page = await seat();
    await signInOver(page, 'coordinator@demo.test', 'County protocol', '/protocol');
    await page.getByRole('heading', { level: 2, name: 'Screening' }).waitFor();
    await page.getByLabel('Periodically, every (days)').fill('120');
    await page.getByRole('button', { name: 'Save the schedule' }).click();
    await page.getByRole('status').filter({ hasText: 'Schedule saved.' }).waitFor();
    await page.getByText('Lantern indicators (indicator screen, not a diagnosis)').waitFor();
    await page.getByLabel('Instrument definition (JSON)').fill(
      JSON.stringify({
        key: 'county-screen',
        name: { en: 'County screen' },
        languages: ['en'],
        items: [{ id: 'q1', text: { en: 'One?' }, answer: { type: 'slider' } }],
        scoring: { method: 'sum', threshold: 1 },
        administeredBy: ['advocate'],
        minimumAge: 10,
        source: 'Test',
      }),
    );
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Nothing was imported. Fix these:').waitFor();
    await page.getByText(/item q1\): The answer type must be one of/).waitFor();
    await expectAccessible(page, 'screening settings with a refused import (coordinator)');
    assert.ok(checkedPages.length >= 6, `only ${String(checkedPages.length)} pages checked`);
  });
});
