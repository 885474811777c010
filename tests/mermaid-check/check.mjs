// Checks that Mermaid diagrams parse with the mermaid package, the library GitHub renders them with.
//
// Usage: node check.mjs [FILE.mmd ...]
// Without arguments it checks every committed diagram: counterexamples/**/*.mmd and
// tests/ModelCheck.Tests/Traces/**/*.mmd (received files excluded). Prints one line per file and
// exits 1 when any file fails to parse, 2 when there is nothing to check.
//
// Why jsdom: mermaid sanitizes some text (titles, for one) with DOMPurify, which needs a window;
// without one, valid diagrams fail with "DOMPurify.addHook is not a function".
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function findDiagrams(folder) {
  if (!existsSync(folder)) {
    return [];
  }

  const found = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'bin' && name !== 'obj') {
        found.push(...findDiagrams(path));
      }
    } else if (name.endsWith('.mmd') && !name.includes('.received.')) {
      found.push(path);
    }
  }

  return found;
}

const files = process.argv.length > 2
  ? process.argv.slice(2).map(f => resolve(f))
  : [
      ...findDiagrams(join(repoRoot, 'counterexamples')),
      ...findDiagrams(join(repoRoot, 'tests', 'ModelCheck.Tests', 'Traces')),
    ];

if (files.length === 0) {
  console.log('no Mermaid diagrams found');
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  const shown = relative(repoRoot, file) || file;
  try {
    const result = await mermaid.parse(readFileSync(file, 'utf8'));
    console.log(`ok ${shown} (${result.diagramType})`);
  } catch (e) {
    failed++;
    const message = String(e?.message ?? e).split('\n').slice(0, 4).join('\n    ');
    console.log(`FAIL ${shown}\n    ${message}`);
  }
}

console.log(`mermaid-check: ${files.length - failed} of ${files.length} diagram(s) parse`);
process.exit(failed === 0 ? 0 : 1);
