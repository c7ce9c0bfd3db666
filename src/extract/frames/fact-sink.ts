// Where the linker's role fillings become raw facts: the types of both ends are checked
// against the trigger (a party supports a party or a proposal, a holder controls a place),
// a person's country acts with them ("Egyptian President Sisi proposed" → Egypt too), and
// each fact carries the frame that made it (`frame.verb-passive:back`).
import type { Relation } from '../../types.ts';
import type { Mention, RawFact } from '../pipeline-types.ts';
import type { TargetKind } from './load-predicates.ts';

const DEFAULT_CONFIDENCE = 0.75;

export const kindOfType = (type: Mention['type']): TargetKind => (type === 'city' ? 'place' : type === 'proposal' ? 'proposal' : 'party');

export class FactSink {
  readonly facts: RawFact[] = [];
  /** Untyped names that facts took as places: the relations stage types them as towns. */
  readonly towns = new Set<number>();
  /** Untyped names that acted as parties ("Nabih Berri hailed the truce"): the relations stage types them as actors. */
  readonly parties = new Set<number>();

  /**
   * @param advancing the parties that took a place in this sentence or the one before: the
   * implied taker of "X fell" (`impliedGainer`).
   */
  /** @param mayAct whether a name nothing typed may act as a party (see 06-relations: a person's or a group's name, not an office or a people). */
  constructor(private readonly byId: Map<number, Mention>, private readonly sentence: number, private readonly sameEntity: (a: number, b: number) => boolean, readonly advancing: number[] = [], private readonly mayAct: (m: Mention) => boolean = () => false) {}

  /** The one party that took a place earlier in this sentence, else the one of the sentence before (`advancing`); none if two did. */
  takerBefore(places: number[]): number[] {
    const here = this.facts.filter((f) => f.relation === 'controls' && f.change === 'gained' && !places.includes(f.object)).map((f) => f.subject);
    const takers = here.length ? here : this.advancing;
    const entities = new Set(takers.map((t) => this.byId.get(t)?.entity));
    return entities.size === 1 && !entities.has(undefined) ? [takers[takers.length - 1]] : [];
  }

  /** Is the mention a state described, not named ("the army", "government-held")? */
  describedState(mention: number): boolean {
    const m = this.byId.get(mention);
    return m?.source === 'description' && m.role === 'state';
  }

  /** Is the mention a state: a country, its government or its army ("Sudan", "the army")? */
  state(mention: number): boolean {
    const m = this.byId.get(mention);
    return Boolean(m) && (m!.role === 'state' || m!.kind === 'state' || m!.kind === 'military' || m!.kind === 'government');
  }

  type(mention: number): Mention['type'] | undefined {
    return this.byId.get(mention)?.type;
  }

  /** Is the mention a nationality adjective ("Emirati", "Egyptian")? */
  demonym(mention: number): boolean {
    return this.byId.get(mention)?.source === 'demonym';
  }

  /** Is the mention a pronoun ("it", "they")? */
  pronoun(mention: number): boolean {
    return this.byId.get(mention)?.source === 'pronoun';
  }

  /** A place, or a name nothing has typed yet (which a verb of control may make a town). */
  placeLike(mention: number): boolean {
    const m = this.byId.get(mention);
    return Boolean(m) && (m!.type === 'city' || m!.kind === 'untyped');
  }

  kind(mention: number): TargetKind | undefined {
    const m = this.byId.get(mention);
    return m ? kindOfType(m.type) : undefined;
  }

  /**
   * Pushes `relation` from every source to every target that fits.
   * @param change controls: what happened to the source's hold on the place.
   */
  add(relation: Relation, sources: number[], targets: number[], rule: string, options: { target: TargetKind[]; change?: RawFact['change']; confidence?: number; when?: string }): void {
    for (const s of sources) {
      const sm = this.byId.get(s);
      // a name nothing typed that backs, rejects or proposes something named is a party ("Nabih Berri hailed the truce")
      const acting = sm?.kind === 'untyped' && sm.source === 'name' && relation !== 'controls' && !options.target.includes('place') && this.mayAct(sm)
        && targets.some((t) => this.byId.get(t) !== undefined && this.byId.get(t)!.kind !== 'untyped' && t !== s);
      if (!sm || kindOfType(sm.type) !== 'party' || (sm.kind === 'untyped' && !acting)) continue;
      if (acting) this.parties.add(s);
      const withSide = [s];
      // "Egyptian President Sisi proposed …": the country acts with its president
      const side = sm.affiliationMention;
      const sideMention = side !== undefined ? this.byId.get(side) : undefined;
      // only a foreign country acts with its leader; the theatre country is the setting, not a side
      if (sideMention && relation !== 'controls' && sideMention.type === 'backer') withSide.push(side!);
      for (const t of targets) {
        const tm = this.byId.get(t);
        // a name nothing typed is a place when a verb of control takes it ("took Hodeidah")
        const town = tm?.kind === 'untyped' && relation === 'controls';
        if (!tm || (tm.kind === 'untyped' && !town) || (!town && !options.target.includes(kindOfType(tm.type)))) continue;
        if (town) this.towns.add(t);
        if (relation === 'controls' ? tm.type !== 'city' && !town : tm.type === 'city') continue;
        for (const source of withSide) {
          if (source === t || this.sameEntity(source, t)) continue;
          this.facts.push({ subject: source, relation, object: t, rule, sentence: this.sentence, start: 0, end: 0, change: options.change, confidence: options.confidence ?? DEFAULT_CONFIDENCE, ...(options.when !== undefined ? { when: options.when } : {}) });
        }
      }
    }
  }
}
