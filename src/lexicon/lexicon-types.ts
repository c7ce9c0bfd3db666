// Types of the domain lexicon: entries (actors, backers, places) with aliases and
// epithets, and the word classes that rules use.
import type { NodeType } from '../types.ts';

export interface LexEntry {
  id: string;
  label: string;
  type: NodeType;
  kind: string;
  aliases: string[];
  /** Descriptions that point to the entry ("the warlord"); only used in its theatre. */
  epithets: string[];
  /** ISO 3166 alpha-2 code: the country itself, or where a place/actor is. */
  country?: string;
  /** Type follows the theatre: `actor` at home, `backer` abroad (data/lexicon/world.json). */
  typeByTheatre?: boolean;
  /** Lexicon id of the side a person leads or speaks for (Sarraj → gna; a leader → `country:xx` or an organisation). */
  affiliation?: string;
  /** A leader's role (data/lexicon/leaders.json): head-of-state, head-of-government, foreign-minister … */
  role?: string;
  /** A leader's years in that role ("2014", "2024"); open when absent. */
  from?: string;
  to?: string;
  lat?: number;
  lon?: number;
}

export interface FurniturePattern {
  id: string;
  match: RegExp;
}

export interface Lexicon {
  entries: Map<string, LexEntry>;
  /** Entry ids of countries by alpha-2 code. */
  countries: Map<string, string>;
  /** Lower-case demonym → country entry id ("emirati" → "country:ae"). */
  demonyms: Map<string, string>;
  /** Capital or seat of power → country entry id, used when it acts ("Ankara said"). */
  metonyms: Map<string, string>;
  /** Verb class → every inflected form, longest first. */
  verbs: Map<string, string[]>;
  furniture: FurniturePattern[];
  /** Leaders of data/lexicon/leaders.json by id, as person entries (not yet matched by the extractor). */
  leaders: Map<string, LexEntry>;
  /** Lower-case generic agent word → role ("troops" → military, "junta" → government; data/lexicon/agents.json). */
  agents: Map<string, string>;
  /** Lower-case adjective → the side it puts a group on ("pro-government" → government, "separatist" → opposition). */
  agentSides: Map<string, 'government' | 'opposition'>;
  /** Theatre country of the lexicon's actors (their epithets apply only there). */
  theatre: string;
}
