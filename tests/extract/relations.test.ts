// Table-driven rows per relation pattern: what must be extracted, from the seeds and from
// text outside them (dev and unlabeled articles, other wars, invented sentences).
// Proposals show as "P" (their labels are tested in proposals.test.ts).
import { describe, expect, it } from 'vitest';
import { factLines } from './_facts.ts';

describe('supports', () => {
  it.each([
    // seeds
    ['The UN-backed GNA has been backed by Turkey.', ['Turkey supports Government of National Accord', 'United Nations supports Government of National Accord']],
    ['Turkey and Qatar played a pivotal role in supporting the legitimate Libyan government, while countries including Egypt, the United Arab Emirates (UAE), France and Russia supported the putschist general Khalifa Haftar.',
      ['Egypt supports Khalifa Haftar', 'France supports Khalifa Haftar', 'Qatar supports Government of National Accord', 'Russia supports Khalifa Haftar', 'Turkey supports Government of National Accord', 'United Arab Emirates supports Khalifa Haftar']],
    ["Backed by Egypt and the UAE and Saudi Arabia, Haftar's forces launched an offensive against the capital.", ['Egypt supports Khalifa Haftar', 'Saudi Arabia supports Khalifa Haftar', 'United Arab Emirates supports Khalifa Haftar']],
    ['Haftar, whose militia still controls the east, has been supported by Russia, Egypt and the United Arab Emirates.', ['Egypt supports Khalifa Haftar', 'Russia supports Khalifa Haftar', 'United Arab Emirates supports Khalifa Haftar']],
    // outside the seeds
    ['Libya turns increasingly into a regional proxy war with Egypt, the UAE and Russia backing Haftar, while Turkey and Qatar support the GNA.',
      ['Egypt supports Khalifa Haftar', 'Qatar supports Government of National Accord', 'Russia supports Khalifa Haftar', 'Turkey supports Government of National Accord', 'United Arab Emirates supports Khalifa Haftar']],
    ["A Russian Pantsir system was provided by UAE to Haftar's forces.", ['United Arab Emirates supports Khalifa Haftar']],
    ['Turkey has rushed troops into the country to bolster pro-government forces.', ['Turkey supports Government of National Accord']],
    ['The Wagner Group, a Kremlin-linked outfit, is fighting alongside Haftar near Sirte.', ['Wagner Group supports Khalifa Haftar']],
    ['Iran-backed Houthi fighters attacked the port.', ['Iran supports Houthis']],
    ['Russia, an ally of Khalifa Haftar, called for restraint.', ['Russia supports Khalifa Haftar']],
    // dev/unlabeled shapes
    ["Turkey backs Haftar’s rival, Serraj, while Russian military contractors have been deployed.", ['Turkey supports Fayez al-Sarraj']],
    ['"Egypt is the key [Haftar’s] supporter as well as authorities in Abu Dhabi," he claimed.', ['Egypt supports Khalifa Haftar']],
    ['The Pentagon’s Africa Command says that Russia has sent combat aircraft to Libya, where they are being used to provide air support to renegade general Khalifa Haftar.', ['Russia supports Khalifa Haftar']],
    ['Despite strong support from Russia and the UAE, Hafter’s forces had been pushed back from the outskirts of Tripoli.', ['Russia supports Khalifa Haftar', 'United Arab Emirates supports Khalifa Haftar']],
    ['The GNA has previously accused France of backing Haftar.', ['France supports Khalifa Haftar']],
    ["Turkey and Qatar have taken the GNA's side, while Egypt and the United Arab Emirates have backed the House of Representatives.",
      ['Egypt supports House of Representatives', 'Qatar supports Government of National Accord', 'Turkey supports Government of National Accord', 'United Arab Emirates supports House of Representatives']],
    ['The UAE called on all Libyan parties to agree on the United Nations supervised political process, but renewed its support for the Libyan National Army.', ['United Arab Emirates supports Khalifa Haftar']],
    ['It was seized by militias aligned both with Haftar and the UN-backed Government of National Accord (GNA).', ['United Nations supports Government of National Accord']],
    ['Turkey, which backs the GNA led by Fayez al-Serraj, has been ramping up its military intervention.', ['Turkey supports Government of National Accord']],
    ['Sisi warned that his army is ready for intervention if the Turkey-backed forces of the internationally recognized Libyan government cross the red line.', ['Turkey supports Government of National Accord']],
    ['It accuses Turkey of invading and occupying Libya through its support of the Tripoli administration.', ['Turkey supports Government of National Accord']],
    ["Turkey's support of the GNA grew.", ['Turkey supports Government of National Accord']],
    ['The parliament in Tobruk is backed by rebel military general Khalifa Haftar.', ['Khalifa Haftar supports House of Representatives']],
    ['Clashes between forces of Libya’s UN-backed government and the eastern-based army killed 13 people.', ['United Nations supports Government of National Accord']],
    ['Sudan\'s army, backed by Egypt, pushed into Omdurman.', ['Egypt supports Sudanese Armed Forces']],
  ])('%s', (text, expected) => {
    expect(factLines(text)).toEqual([...expected].sort());
  });
});

describe('supports (stance on a proposal)', () => {
  it.each([
    ['Egyptian President Abdel Fattah al-Sisi proposed a ceasefire. But the proposal won support from France.', 'France supports P'],
    ['The ceasefire agreement was welcomed by the European Union and a number of states, such as the US, Germany and Italy.', 'Germany supports P'],
    ['Turkey and Russia urged a ceasefire, with the GNA welcoming the ceasefire call.', 'Government of National Accord supports P'],
    ['The Tripoli-based government led by PM Fayez al-Sarraj backed the ceasefire immediately.', 'Fayez al-Sarraj supports P'],
  ])('%s', (text, expected) => {
    expect(factLines(text)).toContain(expected);
  });
});

describe('rejects', () => {
  it.each([
    ["The militias of putschist Gen. Khalifa Haftar rejected the internationally recognized government's call for a cease-fire.", 'Khalifa Haftar rejects P'],
    ['The GNA announced that it will not follow the truce unilaterally called by warlord Khalifa Haftar.', 'Government of National Accord rejects P'],
    ['Sisi proposed a ceasefire. But the GNA spokesman appeared to pour cold water on the Egyptian proposals.', 'Government of National Accord rejects P'],
    ['Turkey has rejected the Egyptian initiative proposed to establish a ceasefire in Libya.', 'Turkey rejects P'],
    ['Foreign Minister Mevlüt Çavuşoğlu doubted the “sincerity” of the Cairo Declaration.', 'Mevlüt Çavuşoğlu rejects P'],
  ])('%s', (text, expected) => {
    expect(factLines(text)).toContain(expected);
  });
});

describe('proposes', () => {
  it.each([
    ['Libyan renegade general Khalifa Haftar has rejected calls for a ceasefire by Turkey and Russia.', ['Russia proposes P', 'Turkey proposes P']],
    ["Prime Minister Fayez Sarraj's cease-fire call was an attempt to throw dust in the eyes.", ['Fayez al-Sarraj proposes P']],
    ['In separate statements Friday, the Libyan government and Tobruk parliament announced an immediate cease-fire.', ['Government of National Accord proposes P', 'House of Representatives proposes P']],
    ['Egypt and Haftar are calling for a truce as Haftar began to lose on the ground.', ['Egypt proposes P', 'Khalifa Haftar proposes P']],
    ['The Libyan National Army led by General Khalifa Haftar has declared a ceasefire after Russian and Turkish presidents suggested it.', ['Russia proposes P', 'Turkey proposes P', 'Khalifa Haftar proposes P']],
    ['Two rival factions signed a permanent ceasefire agreement in Geneva following five days of UN-hosted talks.', ['United Nations proposes P']],
    ["Libya’s UN-supported government has announced a ceasefire across the country.", ['Government of National Accord proposes P', 'United Nations supports Government of National Accord']],
    ["In a separate statement, Aguila Saleh from warlord Khalifa Haftar's side, also called for a ceasefire.", ['Aguila Saleh proposes P']],
    ['Russian President Vladimir Putin spoke of the ceasefire in Libya. It was suggested by Putin and Turkish President Tayyip Erdogan in Istanbul earlier this week.', ['Recep Tayyip Erdoğan proposes P', 'Turkey proposes P', 'Vladimir Putin proposes P']],
  ])('%s', (text, expected) => {
    const lines = factLines(text);
    for (const e of expected) expect(lines).toContain(e);
  });
});

describe('controls', () => {
  it.each([
    ["He said Haftar's forces are prepared to respond to any attempt to attack their bases in Sirte and Jufra, currently under their control.", ['Khalifa Haftar controls Jufra', 'Khalifa Haftar controls Sirte']],
    ['On Friday, the Libyan army liberated the strategic city of Tarhuna – the last stronghold of Haftar in western Libya.', ['Government of National Accord controls Tarhuna [since 2020-06-05]', 'Khalifa Haftar controls Tarhuna [until 2020-06-05]']],
    ["The operation aims to liberate the cities of Sirte and Jufra and the towns of Wadi Wishka, Buerat, Jarif and Qasr Abu Haid from Haftar's militia.",
      ['Khalifa Haftar controls Buerat', 'Khalifa Haftar controls Jarif', 'Khalifa Haftar controls Jufra', 'Khalifa Haftar controls Qasr Abu Haid', 'Khalifa Haftar controls Sirte', 'Khalifa Haftar controls Wadi Wishka']],
    // outside the seeds
    ['Libyan fighters loyal to rogue general Khalifa Haftar have taken the city of Sirte on Monday.', ['Khalifa Haftar controls Sirte [since 2020-06-01]']],
    ["The GNA forces have seized this morning control of Al-Watiya airbase in western Libya from Khalifa Haftar's forces.", ['Government of National Accord controls al-Watiya air base [since 2020-06-06]', 'Khalifa Haftar controls al-Watiya air base [until 2020-06-06]']],
    ['The GNA seized Haftar-held Sabratha.', ['Government of National Accord controls Sabratha [since 2020-06-06]', 'Khalifa Haftar controls Sabratha [until 2020-06-06]']],
    ['Gharyan fell to government forces on Wednesday.', ['Government of National Accord controls Gharyan [since 2020-06-03]']],
    ['Meanwhile, Anadolu Agency reported that after taking control of Sorman, GNA forces released prisoners.', ['Government of National Accord controls Sorman [since 2020-06-06]']],
    ['The LNA is steadily advancing towards the heart of Sirte after seizing control of Ghardabiya airport on the city’s outskirts.', ['Khalifa Haftar controls Ghardabiya [since 2020-06-06]']],
  ])('%s', (text, expected) => {
    const lines = factLines(text);
    for (const e of expected) expect(lines).toContain(e);
  });
});

describe('must NOT be extracted', () => {
  it.each([
    ['UNITED24 - Make a charitable donation in support of Ukraine!'],
    ['READ MORE: Erdogan says Turkey to increase support for Libya\'s Sarraj'],
    ['Join the GlobalSecurity.org mailing list'],
    ['War-torn Libya\'s UN-recognised Government of National Accord held talks.'],
    ['France denied arming Haftar and said it had never supported him.'],
    ['If Turkey backed the GNA, Egypt would intervene.'],
    ['The GNA would continue fighting till it controls Sirte and Jufra airbase.'],
    ['The GNA "welcomes any credible ceasefire proposal", he added.'],
    ["Russia sent jets to Libya, where Haftar's forces recently retreated from positions around the capital Tripoli."],
    ["Haftar's spokesman claimed that Qatar was arming the GNA, an accusation Doha dismissed as baseless."],
    ['Reports alleged that Sudan backed Haftar. The Sudanese government called the reports false.'],
    ['Sisi said that amid recent victories of the Government of National Accord (GNA), they want calm.'],
  ])('%s', (text) => {
    expect(factLines(text)).toEqual([]);
  });
});

describe('subjects after a preposition', () => {
  it('reads "amid victories of the GNA, Egypt and Haftar are calling for a truce" without the GNA', () => {
    const lines = factLines('He also indicated that amid recent victories of the Government of National Accord (GNA), Egypt and Haftar are calling for a truce.');
    expect(lines).toContain('Egypt proposes P');
    expect(lines).not.toContain('Government of National Accord proposes P');
  });
});

describe('news outlets are not parties', () => {
  it('does not make Anadolu Agency a holder of Sorman', () => {
    const lines = factLines('Meanwhile, Anadolu Agency reported that after taking control of Sorman, GNA forces released prisoners.');
    expect(lines.some((l) => l.startsWith('Anadolu'))).toBe(false);
  });
});

describe('other wars and unknown organisations', () => {
  it.each([
    ['The paramilitary Popular Defence Brigade (PDB) seized the town of Kadugli on Monday. The PDB is backed by Eritrea, officials said.',
      ['Eritrea supports Popular Defence Brigade', 'Popular Defence Brigade controls Kadugli [since 2020-06-01]']],
    ['Yemen\'s warring parties agreed to a truce. The Iran-backed Houthi movement, which controls the capital Sanaa, welcomed the truce. The Houthis seized Sanaa in 2014. Iran supports the Houthis in Yemen.',
      ['Houthis controls Sanaa', 'Houthis controls Sanaa [since 2014]', 'Houthis supports P', 'Iran supports Houthis']],
    ['Sudan\'s army has been fighting the Rapid Support Forces (RSF) in Sudan since April. The United Arab Emirates has been accused of supporting the RSF in Sudan.',
      ['United Arab Emirates supports Rapid Support Forces']],
  ])('%s', (text, expected) => {
    expect(factLines(text)).toEqual([...expected].sort());
  });

  it('reads "Turkish-backed Syrian rebels captured Afrin from the YPG" without making Turkey or Syria the captor', () => {
    const lines = factLines('Turkish-backed Syrian rebels captured the town of Afrin from the Kurdish YPG militia on Sunday, Turkish President Tayyip Erdogan said.');
    expect(lines).toContain('YPG controls Afrin [until 2020-05-31]');
    expect(lines.some((l) => /^(Turkey|Syria) /.test(l))).toBe(false);
  });

  it('keeps Libyan epithets out of another war ("government forces" in Yemen is not the GNA)', () => {
    const lines = factLines('Yemen\'s war goes on in Yemen. Saudi Arabia and the United Arab Emirates have backed government forces in Yemen, while Iran supports the Houthis.');
    expect(lines.some((l) => l.includes('Government of National Accord'))).toBe(false);
    expect(lines).toContain('Iran supports Houthis');
  });
});

describe('mentions', () => {
  it('reads "Ahmed Al-Mismari" as one person (the lexicon\'s Ahmed al-Mesmari), no stray "Ahmed"', async () => {
    const { extractArticle } = await import('../../src/extract/extract-article.ts');
    const { entities } = extractArticle({ id: 'm.txt', text: 'Ahmed Al-Mismari said the army expects an attack. Ahmed Al-Mismari added that Turkey backs the GNA.' });
    const people = entities.filter((e) => e.kind === 'person').map((e) => e.label);
    expect(people).toEqual(['Ahmed al-Mesmari']);
  });

  it('keeps "Minister of Foreign Affairs" from becoming an entity "of Foreign Affairs"', async () => {
    const { extractArticle } = await import('../../src/extract/extract-article.ts');
    const { entities } = extractArticle({ id: 'm.txt', text: 'The Minister of Foreign Affairs said Qatar backs the GNA. The Minister of Foreign Affairs repeated it.' });
    expect(entities.some((e) => /^of /.test(e.label))).toBe(false);
  });
});

describe('who a person speaks for', () => {
  it('types "its Foreign Minister Mevlüt Çavuşoğlu" (its = Turkey) as a backer', async () => {
    const { extractArticle } = await import('../../src/extract/extract-article.ts');
    const { entities } = extractArticle({ id: 'c.txt', text: 'Turkey has rejected the Egyptian initiative, saying through its Foreign Minister Mevlüt Çavuşoğlu that the initiative is stillborn. Foreign Minister Mevlüt Çavuşoğlu doubted its sincerity.' });
    expect(entities.find((e) => e.label === 'Mevlüt Çavuşoğlu')?.type).toBe('backer');
  });
});
