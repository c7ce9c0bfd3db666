// The committed lexicon files keep their rules (schemas, unique ids, ISO codes, no shared or
// common-word aliases) and load into the Lexicon: world groups typed by theatre, leaders as
// persons of their country, agent words by role.
import { describe, expect, it } from 'vitest';
import { checkLexiconFiles } from '../../src/lexicon/check-lexicon-files.ts';
import { aliasProblem } from '../../src/lexicon/alias-problem.ts';
import { DEFAULT_LEXICON_DIR, loadLexicon } from '../../src/lexicon/load-lexicon.ts';

describe('lexicon files', () => {
  it('break no rule', () => expect(checkLexiconFiles(DEFAULT_LEXICON_DIR)).toEqual([]));
  it.each([['May', 'common English word'], ['Ban', 'common English word'], ['I', '1-letter token'], ['Putin', undefined], ['FACT', undefined], ['LeT', undefined]])(
    'judges the alias %s: %s', (alias, problem) => expect(aliasProblem(alias)).toBe(problem));
});

describe('loadLexicon with the world data', () => {
  const lex = loadLexicon();
  it.each([
    ['rsf', { type: 'actor', kind: 'armed-group', country: 'SD', typeByTheatre: true }],
    ['tatmadaw', { kind: 'military', country: 'MM', typeByTheatre: true }],
    ['economic_community_of_west_african_states', { kind: 'organisation' }],
    ['vladimir_putin', { type: 'backer', kind: 'person', country: 'RU', affiliation: 'country:ru', role: 'head-of-state', typeByTheatre: true }],
    ['antonio_guterres', { kind: 'person', affiliation: 'un' }],
    ['haftar', { type: 'actor', kind: 'person' }],
  ])('loads %s', (id, expected) => expect(lex.entries.get(id) ?? lex.leaders.get(id)).toMatchObject(expected));
  it('leaves international bodies and their officials without a home, so never at home', () => {
    expect(lex.entries.get('economic_community_of_west_african_states')!.country).toBeUndefined();
    expect(lex.leaders.get('antonio_guterres')!.country).toBeUndefined();
  });
  it('gives a leader his distinctive surname, not a common one', () => {
    expect(lex.leaders.get('vladimir_putin')!.aliases).toContain('Putin');
    expect(lex.leaders.get('imran_khan')!.aliases).not.toContain('Khan');
  });
  it.each([['troops', 'military'], ['rebels', 'rebels'], ['junta', 'government'], ['militiamen', 'militia'], ['lawmakers', 'legislature'], ['police', 'police'], ['coalition', 'coalition'], ['opposition', 'opposition']])(
    'knows the agent word %s as %s', (word, role) => expect(lex.agents.get(word)).toBe(role));
  it.each([['pro-government', 'government'], ['loyalist', 'government'], ['separatist', 'opposition'], ['jihadist', 'opposition']])(
    'knows the side adjective %s', (word, side) => expect(lex.agentSides.get(word)).toBe(side));
});
