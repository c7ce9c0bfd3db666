// `npm run lexicon:import -- PETRARCH2_DIR [LEXICON_DIR]`: a thin shell over importLexicon
// that prints what was written and what was left out; one line and exit code 1 on error.
import { DEFAULT_LEXICON_DIR } from '../load-lexicon.ts';
import { importLexicon } from './import-lexicon.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const [petrarchDir, lexiconDir = DEFAULT_LEXICON_DIR] = args.filter((a) => a !== '--verbose');
try {
  if (!petrarchDir) throw new Error('usage: npm run lexicon:import -- PETRARCH2_DIR [LEXICON_DIR] [--verbose]');
  const s = importLexicon(petrarchDir, lexiconDir);
  console.log(`lexicon:import: ${s.world} groups, ${s.leaders} leaders (${s.aliases} aliases), ${s.agentWords} agent words, ${s.triggers} triggers; ${s.dropped.length} dictionary entries left out`);
  if (verbose) for (const d of s.dropped) console.log(`  left out ${d.name}: ${d.reason}`);
} catch (error) {
  const e = error as Error & { code?: string };
  console.error(`lexicon:import: ${e.message}${e.code ? ` [${e.code}]` : ''}`);
  process.exitCode = 1;
}
