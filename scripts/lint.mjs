#!/usr/bin/env node
// `npm run lint`: the type check (both TypeScript projects: the server, tests and scripts; the
// web app), ESLint with its type-aware rules, and Prettier. The type check and ESLint share one
// TypeScript program per project: each type is worked out once, where `tsc --noEmit` beside
// `eslint .` worked every file's types out twice (a third of the lint's CPU). What is checked is
// the same: every diagnostic tsc reports, every rule of eslint.config.js on every file it lints.
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const PROJECTS = ['tsconfig.json', 'src/web/tsconfig.json'];

/** The program tsc would build for a tsconfig (parent nodes set, as typescript-eslint needs). */
function programFor(configFile) {
  const path = join(root, configFile);
  const problems = [];
  const config = ts.getParsedCommandLineOfConfigFile(
    path,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => problems.push(d) },
  );
  if (!config || problems.length > 0) return { problems, program: null };
  const host = ts.createCompilerHost(config.options, true);
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options: config.options,
    projectReferences: config.projectReferences,
    host,
  });
  return { problems: [...config.errors, ...ts.getPreEmitDiagnostics(program)], program };
}

const format = {
  getCanonicalFileName: (name) => name,
  getCurrentDirectory: () => root,
  getNewLine: () => '\n',
};

let failed = false;
const programs = [];
for (const project of PROJECTS) {
  const { problems, program } = programFor(project);
  if (program) programs.push(program);
  if (problems.length > 0) {
    failed = true;
    console.error(`tsc -p ${project}: ${problems.length} error(s)`);
    console.error(ts.formatDiagnosticsWithColorAndContext(problems, format));
  }
}

if (programs.length === PROJECTS.length) {
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, programs } } },
  });
  const results = await eslint.lintFiles(['.']);
  const text = (await eslint.loadFormatter('stylish')).format(results);
  if (text) console.log(text);
  if (results.some((r) => r.errorCount > 0)) failed = true;
  console.log(
    `eslint: ${results.length} files, ${results.reduce((n, r) => n + r.errorCount, 0)} errors, ${results.reduce((n, r) => n + r.warningCount, 0)} warnings`,
  );
}

const prettier = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--check', '.'],
  { cwd: root, stdio: 'inherit' },
);
if (prettier.status !== 0) failed = true;

console.log(
  failed
    ? 'lint: FAILED'
    : `lint: passed (${PROJECTS.map((p) => relative(root, join(root, p))).join(', ')} type-checked)`,
);
process.exit(failed ? 1 : 0);
