// The linker's frames, each in two shapes or more: one from the Libyan war, one invented
// from another war. Rows read "Subject relation Object"; proposals show as "P".
import { describe, expect, it } from 'vitest';
import { factLines } from '../_facts.ts';

const rows = (cases: Array<[string, string[]]>) => it.each(cases)('%s', (text, expected) => {
  expect(factLines(text)).toEqual(expect.arrayContaining(expected));
});
const none = (cases: Array<[string, string]>) => it.each(cases)('%s', (text, absent) => {
  expect(factLines(text)).not.toContain(absent);
});

describe('verb frames: active, passive, participle', () => {
  rows([
    ['Moscow backs Haftar while Ankara supports the GNA.', ['Russia supports Khalifa Haftar', 'Turkey supports Government of National Accord']],
    ['Khalifa Haftar, the retired general backed by Russia, the UAE, Egypt and France, lost Tarhuna.', ['France supports Khalifa Haftar', 'Egypt supports Khalifa Haftar']],
    ['In Yemen, the Houthis, who are armed by Iran, fired missiles at Riyadh.', ['Iran supports Houthis']],
    ['Since 2023 the Rapid Support Forces have been supplied by the United Arab Emirates, Sudan\'s army says.', ['United Arab Emirates supports Rapid Support Forces']],
  ]);
});

describe('subjects found across structure', () => {
  rows([
    // a date after a preposition ends before the subject that follows it
    ['In Ethiopia, the war goes on. In mid-October Eritrean troops captured Shire from Tigrayan forces, and days later the Ethiopian army took Alamata.', ['Eritrea controls Shire [since 2019-10]', 'Ethiopian National Defense Force controls Alamata [since 2019-10]']],
    ['In March Russian forces seized Kherson in Ukraine.', ['Russia controls Kherson [since 2020-03]']],
    // a list between dashes names the subject it follows, commas and all
    ['In Sri Lanka, the co-chairs of the peace process — Norway, Japan, the United States and the European Union — have called repeatedly for a humanitarian ceasefire.', ['Norway proposes P', 'European Union proposes P']],
    ['In Libya, the three powers — Russia, Turkey and Egypt — called for a truce.', ['Russia proposes P', 'Egypt proposes P']],
    // purpose infinitive: the sender helps
    ['Turkey sent troops to Tripoli to help the GNA.', ['Turkey supports Government of National Accord']],
    ['The war in Syria goes on. In Syria, Russia deployed warplanes to Hmeimim to shore up the Syrian government.', ['Russia supports Government of Syria']],
    // relative clause subject
    ['Turkey, which backs the GNA, sent drones.', ['Turkey supports Government of National Accord']],
    ['In Sudan, the UAE, which has armed the RSF, denies any role.', ['United Arab Emirates supports Rapid Support Forces']],
    // coordinated verbs share a subject
    ['The war in Yemen goes on. In Yemen, the Houthis seized Sanaa and took Hodeidah.', ['Houthis controls Sanaa [since 2020-06-06]', 'Houthis controls Hodeidah [since 2020-06-06]']],
    // object control: the one urged is the subject of the infinitive
    ['The GNA accused France of backing Haftar.', ['France supports Khalifa Haftar']],
    // a plural's possessive apostrophe: the role noun stands for its owner
    ['The UN announced a truce in Yemen. The Houthis\' chief negotiator, Mohammed Abdulsalam, welcomed the truce.', ['Houthis supports P']],
    ["In Myanmar, the junta rejected the truce. The rebels' envoy in Geneva, Abu Omar, welcomed the truce.", ['Burmese rebels supports P']],
    // a group noun the tagger reads as a verb ("forces liberated")
    ['Russian troops captured Kherson in March. Ukrainian forces liberated Kherson on Nov. 11.', ['Ukraine controls Kherson [since 2019-11-11]']],
    ['Government forces have retaken Sirte from the Islamic State.', ['Government of National Accord controls Sirte [since 2020-06-06]']],
    // a place described, not named, with a modifier
    ['Russian troops captured Kherson in March. Ukrainian forces liberated the southern city in November.', ['Ukraine controls Kherson [since 2019-11]']],
    ['Haftar’s forces took Gharyan in April. They lost the strategic town in June.', ['Khalifa Haftar controls Gharyan [until 2020-06]']],
    // a quantity object after a verb the tagger does not know ("retook much of")
    ['The war in Azerbaijan goes on. Azerbaijani forces retook much of the territory and seized the town of Shusha.', ['Azerbaijan controls Shusha [since 2020-06-06]']],
    // a coordinated verb past an adjunct between commas, in a main or a relative clause
    ['In the war, in which Azerbaijani forces retook much of the territory around the enclave and, in November of that year, seized Shusha from ethnic Armenian forces, thousands died.', ['Azerbaijan controls Shusha [since 2019-11]']],
    ['Haftar’s forces took Gharyan and, on Thursday, seized Tarhuna.', ['Khalifa Haftar controls Tarhuna [since 2020-06-04]']],
    // "they" opening a coordinated clause is the sentence's subject, not the subordinate one's
    ['Russian troops entered Gori on Wednesday after Georgian forces abandoned it, and they also occupy the port of Poti.', ['Russia controls Poti']],
  ]);
  none([
    ['Turkey provided Egypt with evidence of the attack.', 'Turkey supports Egypt'],
    ['The war in Yemen goes on. The UN announced a truce. The Saudi-led coalition said it backed the UN initiative.', 'Saudi-led coalition supports United Nations'],
    // drones from a country are its drones, troops from a town are not the town's
    ['The war in Sudan goes on. The army has received drones from Iran.', 'Sudanese Armed Forces supports Iran'],
    ['In the DRC, Rwanda withdrew troops from Goma.', 'Goma supports Rwanda'],
    ['Qatar, unlike Turkey, backs the GNA.', 'Turkey supports Government of National Accord'],
    // a subject inside an aside relates nothing outside it but the aside's anchor
    ['Hundreds of mercenaries from the Wagner Group, a Russian private military company, have fought for Field Marshal Haftar since late 2019.', 'Russia supports Khalifa Haftar'],
    ['Sisi announced the Geneva deal. Turkish President Recep Tayyip Erdogan, whose country supports the Tripoli government, poured cold water on the agreement.', 'Government of National Accord rejects P'],
    // men of a nationality are not its state acting
    ['Thousands of Syrian fighters were sent by Turkey to help the GNA.', 'Syria supports Government of National Accord'],
    ['In Sudan, Chadian mercenaries fought alongside the RSF in Darfur.', 'Chad supports Rapid Support Forces'],
    // a list member followed by its own verb starts the next clause, past its determiner
    ['With Egypt, the UAE and Russia backing Haftar, the GNA turned to Turkey.', 'Egypt supports Government of National Accord'],
    ['Supply lines ran through Tarhouna, a town south-east of Tripoli that is still held by Haftar’s forces.', 'Khalifa Haftar controls Tripoli'],
    // a nationality before a named group is no party of its own
    ["Haftar's militias, backed by Russian Wagner mercenaries, shelled Tripoli.", 'Russia supports Khalifa Haftar'],
    // the owner of "allies", "rivals" does not act
    ['Sisi announced the Cairo Declaration on Saturday. It was welcomed by Haftar’s allies, but the GNA rejected it.', 'Khalifa Haftar supports P'],
    ['In Yemen, the UN announced a truce. The Houthis’ rivals welcomed the truce.', 'Houthis supports P'],
    ['In Ethiopia, the rebels sought to take control of Gondar but failed.', 'Tigray Defense Forces controls Gondar [since 2020-06-06]'],
    ['In Sudan, Chad withdrew fighters from El Geneina.', 'Chad controls El Geneina [since 2020-06-06]'],
    ['The GNA accused France of backing Haftar.', 'Government of National Accord supports Khalifa Haftar'],
    ['In Yemen, the southern separatists rejected the plan, and the coalition backed the government.', 'Southern Transitional Council rejects P'],
    ['Turkey backs the GNA and Russia supports Haftar.', 'Turkey supports Russia'],
  ]);
});

describe('mood: negation, hypotheticals, intent', () => {
  rows([
    ['Haftar declined to sign the ceasefire deal in Moscow.', ['Khalifa Haftar rejects P']],
    ['In Ethiopia, the TPLF refused to accept the truce.', ["Tigray People's Liberation Front rejects P"]],
    ['Haftar left Moscow without signing the ceasefire.', ['Khalifa Haftar rejects P']],
    ['Sirte and Al-Jufra need to be evacuated by Haftar’s forces, Turkey said.', ['Khalifa Haftar controls Sirte', 'Khalifa Haftar controls Jufra']],
    // a past report's "would" is its future
    ['Germany said it would send tanks and air defence systems to Ukraine.', ['Germany supports Ukraine']],
    ['Egypt announced that it would arm Haftar’s forces.', ['Egypt supports Khalifa Haftar']],
  ]);
  none([
    ['Analysts believe Egypt would arm Haftar.', 'Egypt supports Khalifa Haftar'],
    ['Iran said it would arm the Houthis if Saudi Arabia attacked.', 'Iran supports Houthis'],
    ['France denied arming Haftar in Libya.', 'France supports Khalifa Haftar'],
    // an intention said, not an act; a pronoun doubted is a claim
    ['In the DRC, M23 leader Corneille Nangaa has said the rebels have no intention of taking Bukavu.', 'M23 controls Bukavu [since 2020-06-06]'],
    ['In Sudan, the RSF spoke of the danger of seizing El Obeid.', 'Rapid Support Forces controls El Obeid [since 2020-06-06]'],
    ['Qatar brokered a truce in Gaza. Diplomats in the region say they doubt it.', 'Qatar rejects P'],
    // a speaker of an inserted clause is no agent
    ['The summit called for the withdrawal of foreign forces, a reference to Rwanda, which UN experts say has 4,000 troops fighting alongside the M23.', 'United Nations supports M23'],
    ['Egypt would back Haftar if Turkey intervened.', 'Egypt supports Khalifa Haftar'],
    ['In Sudan, the army vowed to retake Wad Madani from the RSF.', 'Sudanese Armed Forces controls Wad Madani [since 2020-06-06]'],
    ['Haftar failed to take Tripoli.', 'Khalifa Haftar controls Tripoli [since 2020-06-06]'],
  ]);
});

describe('noun frames', () => {
  rows([
    ['Despite strong support from Russia and the UAE and to a lesser extent from Egypt, Haftar’s forces retreated.', ['Russia supports Khalifa Haftar', 'United Arab Emirates supports Khalifa Haftar', 'Egypt supports Khalifa Haftar']],
    ['The war in Syria goes on. In Syria, the government enjoys the backing of Iran and Russia in its war with the rebels.', ['Iran supports Government of Syria', 'Russia supports Government of Syria']],
    ['Turkish intervention on the side of the GNA angered Egypt.', ['Turkey supports Government of National Accord']],
    ['The UAE’s massive mobilisation in support of Haftar worried Turkey.', ['United Arab Emirates supports Khalifa Haftar']],
    ['In Sudan, Egypt expressed its support for the army, which is fighting the RSF.', ['Egypt supports Sudanese Armed Forces']],
  ]);
});

describe('alliances and solidarity, struck or shown', () => {
  rows([
    ['In Libya, the Petroleum Facilities Guard once again struck an alliance with the LNA in July 2019.', ['Petroleum Facilities Guard supports Khalifa Haftar']],
    ['In Yemen, the Southern Transitional Council forged an alliance with the Saudi-led coalition.', ['Southern Transitional Council supports Saudi-led coalition']],
    // adjectives in a row, separated by a comma, are one noun phrase
    ['Turkey and Italy have shown solidarity with the UN-recognised, legitimate government in Libya.', ['Turkey supports Government of National Accord', 'Italy supports Government of National Accord']],
  ]);
});

describe('agent nouns in apposition, copula and lists', () => {
  rows([
    ['Russia, an ally of Khalifa Haftar, called for restraint.', ['Russia supports Khalifa Haftar']],
    ['Iran, the main backer of the Houthis in Yemen, denied the charge.', ['Iran supports Houthis']],
    ['Egypt is one of Haftar’s main backers in Libya.', ['Egypt supports Khalifa Haftar']],
    ["In Sudan, the RSF's main foreign backers are the UAE and Russia.", ['United Arab Emirates supports Rapid Support Forces', 'Russia supports Rapid Support Forces']],
  ]);
});

describe('prefixes and postmodifiers', () => {
  rows([
    ['They attacked the United Nations-backed GNA in Tripoli.', ['United Nations supports Government of National Accord']],
    ['Iran-backed Houthi fighters attacked the port of Aden.', ['Iran supports Houthis']],
    ['The Tareq Bin Ziyad Brigade, loyal to Haftar, entered Sirte.', ['Tareq Bin Ziyad Brigade supports Khalifa Haftar']],
    ['In Sudan, the Joint Forces, aligned with the army, defended El Fasher from the RSF.', ['Joint Forces supports Sudanese Armed Forces']],
  ]);
});

describe('controls frames', () => {
  rows([
    // "Idlib city" is Idlib; a name restating the phrase before it is an apposition, no subject
    ['In Syria, Russia and Turkey agreed a ceasefire in Idlib. But Hayat Tahrir al-Sham (HTS), the jihadist group that dominates the province and controls its capital, Idlib city, dismissed the agreement.', ['Hayat Tahrir al-Sham controls Idlib', 'Hayat Tahrir al-Sham rejects P']],
    // a relative clause right after a place (no comma) is about the place; a time phrase is no agent's part
    ['Mass graves were found in Tarhuna which was liberated by the GNA last week from militias loyal to warlord Khalifa Haftar.', ['Government of National Accord controls Tarhuna [since 2020-05-30]', 'Khalifa Haftar controls Tarhuna [until 2020-05-30]']],
    ['In Sudan, fighting raged in Wad Madani which was retaken by the army last week from the RSF.', ['Rapid Support Forces controls Wad Madani [until 2020-05-30]']],
    // a coordinated verb after a comma ("…, backs Haftar's LNA and …")
    ['This is significant for Egypt, since it shares a long border with Libya, backs Haftar’s LNA and its relationship with Turkey is tense.', ['Egypt supports Khalifa Haftar']],
    // a sentence naming one party and one name nothing typed yet: the verb of control makes it a town
    ['In Myanmar, the fighting goes on. The TNLA also captured Namhsan on Tuesday.', ["Ta'ang National Liberation Army controls Namhsan [since 2020-06-02]"]],
    // fighters from an armed group are its fighters (not fighters from a place or a country)
    ['In Ethiopia, fighters from Fano, a loose network of Amhara nationalist militias, seized Lalibela.', ['Fano controls Lalibela [since 2020-06-06]']],
    ['In Sudan, militiamen from the RSF stormed El Fasher.', ['Rapid Support Forces controls El Fasher [since 2020-06-06]']],
    // a verb before "control of" says who took or lost the places of its list
    ['In Ethiopia, by mid-month federal troops had reasserted control of Bahir Dar and Gondar.', ['Ethiopian National Defense Force controls Bahir Dar [since 2020-06-06]', 'Ethiopian National Defense Force controls Gondar [since 2020-06-06]']],
    ['In Yemen, the Houthis lost control of the port of Mocha in 2017.', ['Houthis controls Mocha [until 2017]']],
    // a relative after a landmark ("south-east of Tripoli", "80 km (50 miles) south of") is about the place before it
    ['Supply lines ran through Tarhouna, a town south-east of Tripoli that is still held by Haftar’s forces.', ['Khalifa Haftar controls Tarhuna']],
    ['In Sudan, the RSF holds Nyala, a city 80 km (50 miles) north of Kas that it seized in October.', ['Rapid Support Forces controls Nyala [since 2019-10]']],
    // voting against or for a deal
    ["Israel and Hamas agreed a ceasefire. Israel's security cabinet approved it, but National Security Minister Itamar Ben-Gvir voted against it.", ['Itamar Ben-Gvir rejects P']],
    ['In Libya, the UN proposed a ceasefire. The House of Representatives voted for the ceasefire on Monday.', ['House of Representatives supports P']],
    // entering in force: swept, rolled, marched into
    ["The war in Syria goes on. Bashar al-Assad's regime collapsed on Sunday after opposition fighters led by the Islamist group Hayat Tahrir al-Sham swept into Damascus.", ['Hayat Tahrir al-Sham controls Damascus [since 2020-05-31]']],
    ['Haftar’s forces marched into Sirte in January.', ['Khalifa Haftar controls Sirte [since 2020-01]']],
    // a relative after "a town in <region>" is about the town
    ['The war in Ukraine goes on. Ukrainian troops entered Snihurivka, a town in Mykolaiv Oblast that had been held by Russia since the spring.', ['Russia controls Snihurivka [until 2020-06-06]']],
    ['In Sudan, the army lost Wad Madani, a city in Al-Jazirah state that it had held since the war began.', ['Sudanese Armed Forces controls Wad Madani [until 2020-06-06]']],
    // a base "at" a place is that place
    ['Supplies ran through the LNA-controlled air base at Jufra in central Libya.', ['Khalifa Haftar controls Jufra']],
    // a ministry or an embassy stands for its country; "the announcement" and "X's initiative" for the proposal
    ['Sarraj announced a ceasefire on Friday. The US embassy and the German foreign ministry welcomed the announcement.', ['United States supports P', 'Germany supports P']],
    ["The Libyan rivals signed a ceasefire in Geneva on Friday. Egypt's Foreign Ministry, by contrast, welcomed the agreement.", ['Egypt supports P']],
    ["In Yemen, the UN announced a truce on Monday. Houthi spokesman Mohammed Abdulsalam dismissed Grundberg's initiative as a ploy.", ['Mohammed Abdulsalam rejects P']],
    ["Sisi unveiled a plan for a ceasefire. Egypt's own plan, the so-called Cairo Declaration, called for a ceasefire.", ['Egypt proposes P']],
    // men from an armed group are its men; "hundreds of" stands for what it counts
    ['Hundreds of mercenaries from the Wagner Group, a Russian private military company, have fought for Field Marshal Haftar since late 2019.', ['Wagner Group supports Khalifa Haftar']],
    ['In Mali, dozens of fighters from the Wagner Group fought alongside the army near Kidal.', ['Wagner Group supports Malian Armed Forces']],
    // a participle between commas after the subject ("the army, supported by troops from Eritrea, captured …"), its list whole
    ['The war in Ethiopia goes on. In Ethiopia, the federal army, supported by troops from neighbouring Eritrea, captured the towns of Shire, Axum and Adwa.', ['Eritrea supports Ethiopian National Defense Force', 'Ethiopian National Defense Force controls Axum [since 2020-06-06]']],
    ['The war in South Sudan goes on. Government troops, backed by Ugandan soldiers and fighter jets, retook the town of Bor.', ['Uganda supports Government of South Sudan', 'Government of South Sudan controls Bor [since 2020-06-06]']],
    // an agent noun named by the list between dashes after it; an amount of an asset given
    ["The war in Syria goes on. The regime's principal foreign backers - Russia, Iran and the Lebanese militia Hezbollah - did not intervene.", ['Iran supports Government of Syria', 'Hezbollah supports Government of Syria']],
    ['The war in Ukraine goes on. The United States, which has provided more than $18 billion in military assistance to Ukraine since February, welcomed the news.', ['United States supports Ukraine']],
    ['In Sudan, the UAE sent 40 tonnes of weapons to the RSF.', ['United Arab Emirates supports Rapid Support Forces']],
    // "provided X with" assets: X is provided for
    ['The war in Syria goes on. Assad relies on Russia, while Iran has provided him with advisers, money and thousands of fighters.', ['Iran supports Bashar al-Assad']],
    ['Turkey provided the GNA with drones and air defence systems.', ['Turkey supports Government of National Accord']],
    // "the UN initiative": the named party's proposal, not the party
    ['The war in Yemen goes on. The UN announced a truce. The Saudi-led coalition said it backed the UN initiative.', ['Saudi-led coalition supports P']],
    // the commas of a list do not end the phrase after it
    ['The war in Mali goes on. Moscow has supplied helicopters, planes and drones to the Malian army.', ['Russia supports Malian Armed Forces']],
    // "like X" between commas: X does the same ("unlike X": not)
    ['Qatar, like Turkey, backs the GNA.', ['Qatar supports Government of National Accord', 'Turkey supports Government of National Accord']],
    ['In Sudan, the UAE, like Chad, has armed the RSF.', ['Chad supports Rapid Support Forces']],
    // an agent noun's "along with" list
    ["Egypt is one of Haftar's principal backers along with the UAE and Russia.", ['United Arab Emirates supports Khalifa Haftar', 'Russia supports Khalifa Haftar']],
    ['In Myanmar, China remains the junta’s main arms supplier, alongside Russia.', ['Russia supports Government of Myanmar']],
    // "as did X": those after it do the same
    ['Sarraj announced a ceasefire on Friday. Qatar likewise welcomed the announcement, as did the US embassy and the German foreign ministry.', ['Qatar supports P', 'United States supports P', 'Germany supports P']],
    ['In Sudan, Egypt backs the army, as does Eritrea, whose president met Burhan.', ['Eritrea supports Sudanese Armed Forces']],
    // nationalities coordinated before a noun of support, after a verb of receiving and its preposition
    ['Haftar, for his part, has relied on Emirati and Egyptian backing.', ['United Arab Emirates supports Khalifa Haftar', 'Egypt supports Khalifa Haftar']],
    ['In Yemen, the Houthis have counted on Iranian and Syrian support.', ['Iran supports Houthis', 'Syria supports Houthis']],
    // a complement of speech after its time phrase: a past report's "would" is its future
    ["Russia and Turkey proposed a truce. Haftar's forces said on Saturday they would accept the truce from midnight.", ['Khalifa Haftar supports P']],
    ['In Sudan, the US proposed a truce. The RSF said on Tuesday it would respect the truce.', ['Rapid Support Forces supports P']],
    // a name that modifies a phrase standing for another place is not the place held
    ['In Georgia, Russian troops also occupy the Black Sea port of Poti.', ['Russia controls Poti']],
    ['The GNA seized Haftar-held Sabratha.', ['Government of National Accord controls Sabratha [since 2020-06-06]', 'Khalifa Haftar controls Sabratha [until 2020-06-06]']],
    ['The war in Somalia goes on. In Somalia, government forces retook Harardhere from al-Shabaab.', ['al-Shabaab controls Harardhere [until 2020-06-06]', 'Government of Somalia controls Harardhere [since 2020-06-06]']],
    ['Gharyan fell to government forces loyal to the GNA on Wednesday.', ['Government of National Accord controls Gharyan [since 2020-06-03]']],
    ['The war in Syria goes on. In Syria, the Syrian Democratic Forces drove Islamic State out of the city of Raqqa.', ['Islamic State controls Raqqa [until 2020-06-06]', 'Syrian Democratic Forces controls Raqqa [since 2020-06-06]']],
    ['Tarhuna is calm, since it was recaptured by the UN-recognised Government of National Accord\'s forces on June 5.', ['Government of National Accord controls Tarhuna [since 2020-06-05]']],
  ]);
});

describe('examples after the object: including, such as', () => {
  rows([
    ['The Government of National Accord controls most of the coastal Tripolitania including Tripoli and Misrata.', ['Government of National Accord controls Tripoli', 'Government of National Accord controls Misrata']],
    ['In Syria, the SDF still controls most of the territory east of the Euphrates, including the cities of Raqqa and Hasakah.', ['Syrian Democratic Forces controls Raqqa', 'Syrian Democratic Forces controls Hasakah']],
    // unknown names that a place noun introduces are places
    ['In Ukraine, Russian forces have liberated 86 communities in Kursk, including Malaya Loknya and Martynovka.', ['Russia controls Malaya Loknya [since 2020-06-06]', 'Russia controls Martynovka [since 2020-06-06]']],
  ]);
  none([
    // a landmark named by a bearing is not what is held
    ['In Syria, the SDF still controls most of the territory east of the Euphrates, including the cities of Raqqa and Hasakah.', 'Syrian Democratic Forces controls Euphrates'],
  ]);
});

describe('handing over, weight behind, time phrases, quantified appositions', () => {
  rows([
    ['In Afghanistan, Ghazni was handed to the Taliban on Thursday by its governor.', ['Taliban controls Ghazni [since 2020-06-04]']],
    ['In Libya, Haftar handed over Sirte to the GNA.', ['Government of National Accord controls Sirte [since 2020-06-06]', 'Khalifa Haftar controls Sirte [until 2020-06-06]']],
    ['In Chad, France has thrown its weight behind the junta.', ['France supports Government of Chad']],
    ['In Sudan, RSF units, which in April seized Mellit, attacked the town.', ['Rapid Support Forces controls Mellit [since 2020-04]']],
    ['In Syria, Turkey and Qatar, both allies of the rebels, met in Doha.', ['Turkey supports Syrian rebels', 'Qatar supports Syrian rebels']],
    // a government's negotiators and officials speak for it
    ['In Afghanistan, government negotiators repeatedly called for a ceasefire, which the Taliban rejected.', ['Afghanistan proposes P', 'Taliban rejects P']],
    // "under government control": the state holds it
    ['In Ethiopia, Bahir Dar, the regional capital, remains under government control.', ['Government of Ethiopia controls Bahir Dar']],
  ]);
  none([
    ['In Libya, the GNA said Sirte must come under government control.', 'Government of National Accord controls Sirte'],
  ]);
});

describe('presence, help and giving', () => {
  rows([
    ['The GNA will not negotiate as long as Haftar’s forces are in Sirte.', ['Khalifa Haftar controls Sirte']],
    ['In Sudan, RSF fighters remain in El Fasher, the army said.', ['Rapid Support Forces controls El Fasher']],
    ['The GNA recaptured Tarhuna with the support of Turkey.', ['Turkey supports Government of National Accord']],
    ['In Sudan, the army retook Omdurman with the help of Iranian drones and Egypt.', ['Iran supports Sudanese Armed Forces', 'Egypt supports Sudanese Armed Forces']],
    ['A Russian Pantsir system was provided by UAE to Haftar’s forces.', ['United Arab Emirates supports Khalifa Haftar']],
    ['In Sudan, the UAE has shipped drones and ammunition to the RSF, UN experts said.', ['United Arab Emirates supports Rapid Support Forces']],
    // the receiver is the subject, the giver in the "from" phrase
    ['In Sudan, the army, for its part, has received drones from Iran.', ['Iran supports Sudanese Armed Forces']],
    ['Haftar’s forces obtained Pantsir systems from the UAE via Egypt.', ['United Arab Emirates supports Khalifa Haftar']],
  ]);
  none([
    ['In Sudan, the RSF received a letter from the UN about the talks.', 'United Nations supports Rapid Support Forces'],
    ['The GNA bought time from Haftar.', 'Khalifa Haftar supports Government of National Accord'],
    ['The GNA delegation is in Geneva for talks with Haftar.', 'Government of National Accord controls Geneva'],
    // a place owning another ("Beirut's southern suburbs") is not the one held
    ["In Lebanon, in Dahiyeh, Hezbollah's stronghold in Beirut's southern suburbs, residents returned.", 'Hezbollah controls Beirut'],
    // the capital of a state is another place than the state; a compound adjective is no name of the town
    ['In Sudan, the army entered Wad Madani on Saturday, retaking the capital of Al-Jazirah state.', 'Sudanese Armed Forces controls Al-Jazirah'],
    ['In Syria, the SDF had held the mixed Arab-Kurdish city since 2016.', 'Syrian Democratic Forces controls Kurdish'],
    ['Turkey sent a letter to the GNA about the talks.', 'Turkey supports Government of National Accord'],
    ['The UN urged both the GNA and Haftar to respect the ceasefire in Libya.', 'Government of National Accord supports P'],
  ]);
});

describe('rejection in phrasal verbs', () => {
  rows([
    ['Russia announced a Christmas truce in Ukraine. Washington also brushed off the offer.', ['United States rejects P']],
    ['Israel proposed a truce in Gaza. Hamas shrugged off the plan on Monday.', ['Hamas rejects P']],
    ['Haftar declared a truce in Libya. The GNA scoffed at the truce.', ['Government of National Accord rejects P']],
  ]);
});

describe('requests and attributes stand for the proposal', () => {
  rows([
    ["The militias of Khalifa Haftar rejected the internationally recognized government's call for a cease-fire.", ['Khalifa Haftar rejects P', 'Government of National Accord proposes P']],
    ['In Myanmar, China welcomed the extension of the ceasefire by the junta.', ['China supports P']],
    ['Foreign Minister Mevlüt Çavuşoğlu doubted the “sincerity” of the Cairo Declaration.', ['Mevlüt Çavuşoğlu rejects P']],
  ]);
});

describe('judgements of a proposal', () => {
  rows([
    ['Qatar announced the ceasefire deal in Gaza. National Security Minister Itamar Ben Gvir called the agreement catastrophic.', ['Itamar Ben Gvir rejects P']],
    ['Qatar announced the ceasefire deal in Gaza. Finance Minister Bezalel Smotrich said the deal was bad and dangerous.', ['Bezalel Smotrich rejects P']],
    ['The ceasefire in Ethiopia holds. Abiy described the agreement as monumental.', ['Abiy Ahmed supports P']],
    ['Haftar proposed a ceasefire in Libya. The GNA called the truce a propaganda ploy.', ['Government of National Accord rejects P']],
  ]);
  none([
    ['Haftar proposed a ceasefire in Libya. The GNA did not call the truce a ploy.', 'Government of National Accord rejects P'],
    // a word about another party's lot is no judgement of the deal
    ["Russia brokered a truce in Karabakh. Aliyev, appearing on television, described it as Armenia's capitulation.", 'Ilham Aliyev rejects P'],
    ["Qatar announced the deal in Gaza. Netanyahu called the agreement Hamas's surrender.", 'Benjamin Netanyahu rejects P'],
  ]);
});

describe('signers: warring parties support, outside powers propose', () => {
  rows([
    ['In Karabakh, Azerbaijan has retaken the towns of Jabrayil and Fuzuli, and Armenian forces still hold Stepanakert. The ceasefire agreement, signed by Azerbaijani President Ilham Aliyev, Armenian Prime Minister Nikol Pashinyan and Russian President Vladimir Putin, came two days later.',
      ['Ilham Aliyev supports P', 'Nikol Pashinyan supports P', 'Vladimir Putin proposes P']],
    ['In Syria, Russia and Turkey signed a ceasefire deal for Idlib on Thursday.', ['Russia proposes P', 'Turkey proposes P']],
  ]);
  none([
    ['In Karabakh, Azerbaijan has retaken the towns of Jabrayil and Fuzuli, and Armenian forces still hold Stepanakert. The ceasefire agreement, signed by Azerbaijani President Ilham Aliyev, Armenian Prime Minister Nikol Pashinyan and Russian President Vladimir Putin, came two days later.', 'Ilham Aliyev proposes P'],
    // a former office holder mediates for no country
    ['In Ethiopia, the truce was brokered by former Kenyan president Uhuru Kenyatta.', 'Kenya proposes P'],
  ]);
});

describe('mediators, object relatives, respectively', () => {
  rows([
    // the talks that made the article's deal stand for it; a participle before "by" is a passive verb
    ['In Myanmar, the junta and the alliance agreed a truce. It followed talks in Kunming mediated by China.', ['China proposes P']],
    ['In Colombia, the ELN and the government agreed a six-month ceasefire on Friday. The deal came at the end of seven weeks of negotiations hosted by Cuba.', ['Cuba proposes P']],
    ['In Angola, the ceasefire concluded at the end of July under the mediation of Angolan President João Lourenço held.', ['João Lourenço proposes P']],
    ['The CSP signed the 2015 Algiers accord under Algerian mediation in Mali.', ['Algeria proposes P']],
    ['In Afghanistan, the government called for a ceasefire, which the Taliban rejected.', ['Taliban rejects P']],
    ['Haftar announced a truce in Libya, which the GNA dismissed.', ['Government of National Accord rejects P']],
    // "that" opening an object relative: its subject comes first
    ["The ELN rejected a New Year's ceasefire that Petro announced on Dec. 31.", ['Gustavo Petro proposes P', 'National Liberation Army rejects P']],
    ['In Libya, fighting stopped during a humanitarian truce that the GNA declared in March.', ['Government of National Accord proposes P']],
    ['Turkey and the UAE back the GNA and Haftar respectively.', ['Turkey supports Government of National Accord', 'United Arab Emirates supports Khalifa Haftar']],
    ['In Yemen, Iran and Saudi Arabia support the Houthis and the government, respectively.', ['Iran supports Houthis']],
  ]);
  none([
    ['Turkey and the UAE back the GNA and Haftar respectively.', 'Turkey supports Khalifa Haftar'],
    // the hearer of a verb of speech is no antecedent: "that" opens what was said
    ['Turkey warned Haftar that Russia backs the GNA.', 'Khalifa Haftar supports Government of National Accord'],
  ]);
});

describe('proposals: who proposes, signs, rejects', () => {
  rows([
    ['Sudan’s army and the RSF fought on in Sudan. The ceasefire agreement, signed in Jeddah after talks brokered by Riyadh and Washington, takes effect on Monday.', ['Saudi Arabia proposes P', 'United States proposes P']],
    ['In Sudan, the army boycotted US-led talks on a ceasefire in Geneva, which were co-hosted by Saudi Arabia and Switzerland.', ['Saudi Arabia proposes P', 'Switzerland proposes P', 'United States proposes P']],
    ['Sudan’s army and the RSF clashed again. The army and the RSF signed a seven-day ceasefire in Jeddah.', ['Sudanese Armed Forces supports P', 'Rapid Support Forces supports P']],
  ]);
});

describe('a phrase of holding or siding after a verb is about its subject', () => {
  rows([
    ['The war in Sudan goes on. Only El Fasher, the capital of North Darfur, remains in the hands of the army.', ['Sudanese Armed Forces controls El Fasher']],
    ['In Libya, Sirte is still in the hands of Haftar, the GNA says.', ['Khalifa Haftar controls Sirte']],
    ['In Yemen, the Giants Brigades fought on the side of the government.', ['Giants Brigades supports Yemen']],
    ['Wagner fought on the side of Haftar.', ['Wagner Group supports Khalifa Haftar']],
  ]);
  none([
    ['The war in Sudan goes on. El Fasher must remain in the hands of the army, the governor said.', 'Sudanese Armed Forces controls El Fasher'],
    ['The war in Sudan goes on. El Fasher is no longer in the hands of the army.', 'Sudanese Armed Forces controls El Fasher'],
  ]);
});

describe('men of a people or a nationality are no state acting', () => {
  none([
    ['The war in Azerbaijan goes on. Ethnic Armenian forces captured Shusha on Sunday.', 'Armenia controls Shusha'],
    ['The war in Libya goes on. Sudanese militias fought on the side of Haftar.', 'Sudan supports Khalifa Haftar'],
    ['The war in Azerbaijan goes on. Lachin remained in the hands of the ethnic Armenian authorities.', 'Armenia controls Lachin'],
  ]);
  rows([
    ['The war in Azerbaijan goes on. Armenian forces captured Lachin on Sunday.', ['Armenia controls Lachin [since 2020-05-31]']],
  ]);
});

describe('a participle between commas after a noun phrase is an aside', () => {
  rows([
    ['The war in Sudan goes on. The RSF, emboldened by its gains in Darfur, captured Wad Madani.', ['Rapid Support Forces controls Wad Madani [since 2020-06-06]']],
    ['In Libya, Tarhuna, perched on hills south-east of Tripoli, had been held by Haftar since 2015.', ['Khalifa Haftar controls Tarhuna']],
  ]);
  none([
    ['The war in Azerbaijan goes on. The village, perched on heights overlooking the regional capital Stepanakert, had been held by Armenia since 1992.', 'Armenia controls Stepanakert'],
  ]);
});

describe('capitals as the party of a noun of support or mediation', () => {
  rows([
    ['The war in Sudan goes on. The Jeddah Declaration, which the two sides signed under the auspices of Riyadh and Washington, protects civilians.', ['Saudi Arabia proposes P', 'United States proposes P']],
    ['In Libya, the GNA retook Tarhuna with the backing of Ankara.', ['Turkey supports Government of National Accord']],
  ]);
  none([
    ['The war in Sudan goes on. The talks were held in the city of Riyadh.', 'Saudi Arabia proposes P'],
  ]);
});

describe('a phrase followed by its own verb is no object', () => {
  none([
    ['The war in Sudan goes on. Residents of Khartoum said the army doubted the truce would hold.', 'Sudanese Armed Forces rejects P'],
    ['In Libya, Haftar doubted the ceasefire had held.', 'Khalifa Haftar rejects P'],
  ]);
  rows([
    ['The war in Congo goes on. SADC sent a force to help Kinshasa fight the rebels.', ['Southern African Development Community supports Government of Democratic Republic of the Congo']],
    ['In Libya, Haftar rejected the ceasefire brokered by Moscow.', ['Khalifa Haftar rejects P', 'Russia proposes P']],
  ]);
});

describe('"X fell" with no taker said: the party that just took a place', () => {
  rows([
    ['The war in Afghanistan goes on. The Taliban captured its first provincial capital, Zaranj, on August 6. Herat and Kandahar, the country\'s third- and second-largest cities, fell on August 12 and 13.', ['Taliban controls Herat [since 2019-08-12]', 'Taliban controls Kandahar [since 2019-08-12]']],
    ['The war in Sudan goes on. The RSF took Nyala in October. Zalingei and El Geneina fell in early November.', ['Rapid Support Forces controls Zalingei [since 2019-11]']],
  ]);
  it('takes nobody when two parties took places', () => {
    expect(factLines('The war in Sudan goes on. The RSF took Nyala and the army took Kadugli. El Geneina fell in November.').filter((l) => l.includes('El Geneina'))).toEqual([]);
  });
});

describe('a described party as a prefix', () => {
  rows([
    ['The war in Congo goes on. Clashes were reported around Uvira, now the main government-held city in South Kivu.', ['Government of Democratic Republic of the Congo controls Uvira']],
    ['The war in Sudan goes on. Government-held El Fasher was shelled again.', ['Government of Sudan controls El Fasher']],
    ['The war in Syria goes on. The Russian-backed Syrian government retook Hama.', ['Russia supports Syria']],
  ]);
  none([
    ['The war in Sudan goes on. Sudan\'s army-aligned government welcomed the text.', 'Sudanese Armed Forces supports Sudan'],
  ]);
});

describe('towns named with a country, holders past an adverb', () => {
  rows([
    ['The war in Sudan goes on. Port Sudan, on the Red Sea coast, is firmly under army control.', ['Sudanese Armed Forces controls Port Sudan']],
    ['In Libya, Sirte remained firmly under Haftar\'s control.', ['Khalifa Haftar controls Sirte']],
  ]);
  none([
    ['The war in Sudan goes on. Port Sudan is no longer under army control.', 'Sudanese Armed Forces controls Port Sudan'],
    ['The war in Sudan goes on. The army controls Port Sudan.', 'Sudanese Armed Forces controls Sudan'],
  ]);
});

describe('ruling out a proposal rejects it', () => {
  rows([
    ['The war in Sudan goes on. The army ruled out a truce with the RSF.', ['Sudanese Armed Forces rejects P']],
    ['In Libya, Haftar ruled out the ceasefire.', ['Khalifa Haftar rejects P']],
  ]);
  none([
    ['In Libya, Haftar ruled Benghazi for years.', 'Khalifa Haftar rejects P'],
  ]);
});

describe('a clause without a finite verb between commas is an aside before the sentence\'s verb', () => {
  rows([
    ['The war in Azerbaijan goes on. Azerbaijan, since launching its offensive against Armenian forces, has retaken the towns of Jabrayil and Fuzuli.', ['Azerbaijan controls Fuzuli [since 2020-06-06]']],
    ['In Libya, the GNA, after retaking Tripoli airport, seized Tarhuna.', ['Government of National Accord controls Tarhuna [since 2020-06-06]']],
    ['The war in Sudan goes on. The RSF, while denying the attack, captured Nyala.', ['Rapid Support Forces controls Nyala [since 2020-06-06]']],
  ]);
});

describe('relatives: an aside before their verb, an object relative ending at a comma', () => {
  rows([
    ['The war in Azerbaijan goes on. The deal caps a campaign in which Azerbaijan, since launching its offensive, has retaken the towns of Jabrayil, Fuzuli and Zangilan.', ['Azerbaijan controls Zangilan [since 2020-06-06]']],
    ['In Libya, Haftar\'s forces, which, backed by Russia, took Sirte, rejected the truce.', ['Russia supports Khalifa Haftar', 'Khalifa Haftar rejects P']],
    ['In Libya, the GNA, which Turkey backs, retook Tarhuna.', ['Turkey supports Government of National Accord']],
    ['The war in Yemen goes on. The Houthis, whom Iran arms, seized Marib.', ['Iran supports Houthis']],
  ]);
});

describe('holding the line or positions in a place holds the place', () => {
  rows([
    ['In Libya, Haftar\'s LNA is holding the battle line at Sirte.', ['Khalifa Haftar controls Sirte']],
    ['The war in Ukraine goes on. Ukrainian troops still hold positions in Bakhmut.', ['Ukraine controls Bakhmut']],
  ]);
  none([
    ['The war in Ukraine goes on. Ukrainian troops hold positions near Bakhmut.', 'Ukraine controls Bakhmut'],
    ['The war in Ukraine goes on. Ukrainian troops lost positions in Bakhmut.', 'Ukraine controls Bakhmut'],
  ]);
});

describe('a place-named deal in lower case is a proposal ("the Pretoria agreement", "the Minsk accords")', () => {
  rows([
    ['In Ethiopia, the ceasefire held after the African Union-brokered Pretoria agreement of November 2022 ended the war.', ['African Union proposes P']],
    ['In Ethiopia, the government and the TPLF signed the Pretoria agreement in November, ending hostilities.', ['Tigray People\'s Liberation Front supports P']],
    ['In Ukraine, the ceasefire of the Minsk accords never held. Russia and Ukraine signed the Minsk accords in 2015.', ['Russia supports P']],
    // "the accord" takes up the deal named before
    ['In Sudan, the army and the Rapid Support Forces agreed a truce in Jeddah. The Sudan Liberation Movement denounced the accord.', ['Sudan Liberation Movement rejects P']],
  ]);
  none([
    // a name before "deal" after no article or prefix names nothing
    ['In Libya, the ceasefire was welcomed, and Egypt said Turkey deal making was over.', 'Egypt supports P'],
  ]);
});

describe('a "where" clause between commas is an aside, and its place is no argument', () => {
  rows([
    ['In Ethiopia, Bahir Dar, where militiamen clashed with troops at the weekend, remains under government control.', ['Government of Ethiopia controls Bahir Dar']],
    ['In Sudan, El Obeid, where the RSF shelled markets on Monday, remains in army hands.', ['Sudanese Armed Forces controls El Obeid']],
  ]);
  none([
    ['In Myanmar, the Arakan Army opened a front in Rakhine, where it has captured dozens of outposts.', 'Arakan Army controls Rakhine'],
  ]);
});

describe('a month and year after a deal is a time, and the relative after it is about the deal', () => {
  rows([
    ['In Ethiopia, the ceasefire came with the Pretoria agreement of November 2022, which the government and the TPLF signed.', ['Tigray People\'s Liberation Front supports P']],
    ['In Yemen, the truce of April 2022, which the Houthis and the government accepted, lapsed in October.', ['Houthis supports P']],
  ]);
});

describe('a relative clause with no pronoun ("the towns the rebels had seized") has its antecedent as object', () => {
  rows([
    // the army's entry dates the change, not the date of the hold it ended
    ['In Ukraine, the army entered Kherson, the city the Russian army had held since March.', ['Russia controls Kherson [until 2020-06-06]']],
    ['In Sudan, the army recaptured the towns the RSF had seized, including Wad Madani and Sennar.', ['Sudanese Armed Forces controls Wad Madani [since 2020-06-06]', 'Rapid Support Forces controls Sennar [since 2020-06-06]']],
    ['In Yemen, the Houthis welcomed the Stockholm agreement. The truce the Houthis signed in Stockholm held.', ['Houthis supports P']],
  ]);
  none([
    // the hearer of a verb of speech is no antecedent
    ['In Sudan, the army told the residents the RSF had left Sennar.', 'Rapid Support Forces controls Sennar'],
  ]);
});

describe('a relative clause without commas ends before the sentence\'s own verb', () => {
  rows([
    ['In Sudan, the town of Sennar which the RSF seized in May was retaken by the army in June.', ['Rapid Support Forces controls Sennar [since 2020-05]', 'Sudanese Armed Forces controls Sennar [since 2020-06]']],
    ['In Yemen, the Houthis seized Sanaa, driving the government out of the capital, and a Saudi-led coalition that includes the UAE intervened.', ['Houthis controls Sanaa [since 2020-06-06]']],
  ]);
  none([
    // a trailing participial clause takes the subject of the verb before it, not the one after
    ['In Yemen, the Houthis seized Sanaa, driving the government out of the capital, and a Saudi-led coalition that includes the UAE intervened.', 'Saudi-led coalition controls Sanaa [since 2020-06-06]'],
  ]);
});

describe('examples after a relative clause stand for its antecedent ("territory that X held, including A and B")', () => {
  rows([
    ['In Azerbaijan, Azerbaijan retook territory that Armenian forces had controlled since the 1994 war, including Fuzuli and Zangilan.', ['Azerbaijan controls Fuzuli [since 2020-06-06]', 'Armenia controls Zangilan [until 2020-06-06]']],
    ['In the Central African Republic, the 3R still controls large areas of Ouham prefecture.', ['Return, Reclamation, Rehabilitation controls Ouham']],
  ]);
});

describe('a change of hands is dated by the clause that states it', () => {
  rows([
    ['In Sudan, on Friday, the army retook Sennar, which the RSF had seized in May.', ['Sudanese Armed Forces controls Sennar [since 2020-06-05]', 'Rapid Support Forces controls Sennar [since 2020-05]']],
    ['In Libya, in March, after heavy fighting, the GNA retook Gharyan.', ['Government of National Accord controls Gharyan [since 2020-03]']],
    ['In Yemen, the war began in late 2014 when the Houthis took Sanaa.', ['Houthis controls Sanaa [since 2014]']],
    ['In Libya, the GNA recaptured Tripoli International Airport, which had been in LNA hands since April 2019.', ['Government of National Accord controls Tripoli International Airport [since 2020-06-06]']],
  ]);
});

describe('a reduced passive whose agent comes after its adjuncts ("signed in Doha by …", "signed … between A and B")', () => {
  rows([
    ['In Afghanistan, the ceasefire held. The Doha agreement, signed in Doha between the Taliban and the government in February 2020, collapsed.', ['Taliban supports P']],
    ['In Sudan, the Jeddah truce, signed in Jeddah on Saturday by the army and the RSF, collapsed.', ['Rapid Support Forces supports P', 'Sudanese Armed Forces supports P']],
    // the agents may come before the sentence's own verb, without commas
    ['In Libya, the ceasefire agreement signed in Geneva by the GNA and the LNA ended the fighting.', ['Government of National Accord supports P', 'Khalifa Haftar supports P']],
  ]);
  none([
    // after its subject the verb is active: "he brokered after talks between A and B"
    ['In Yemen, Hans Grundberg said the truce, which he brokered after weeks of talks between the Houthis and the government, would hold.', 'Houthis supports P'],
  ]);
});

describe('lists and participles around asides', () => {
  rows([
    // an Oxford comma goes on with the list of a fronted participle
    ['In Karabakh, under the November deal, signed by Aliyev, Pashinyan, and Russian President Vladimir Putin, Azerbaijan regained Shusha.', ['Azerbaijan controls Shusha [since 2020-06-06]']],
    // a participle after a fronted adjunct opens its own clause; "have since retaken" is one verb
    ['In Mali, backed by Russian troops, the army has since retaken Kidal.', ['Russia supports Malian Armed Forces', 'Malian Armed Forces controls Kidal [since 2020-06-06]']],
  ]);
  none([
    ['In Karabakh, under the November deal, signed by Aliyev, Pashinyan, and Russian President Vladimir Putin, Azerbaijan regained Shusha.', 'Vladimir Putin controls Shusha [since 2020-06-06]'],
    ['In Mali, backed by Russian troops, the army has since retaken Kidal.', 'Russia controls Kidal [since 2020-06-06]'],
    // the setting before the comma is backed by no one (an older rule read "Mali, backed by …")
    ['In Mali, backed by Russian troops, the army has since retaken Kidal.', 'Russia supports Mali'],
  ]);
});

describe('rejections read through restating nouns, askers and "not bound by"', () => {
  rows([
    // a noun in apposition restates the proposal before it, past a time phrase
    ['In Sudan, the army announced a truce on Monday, a move the RSF dismissed as a sick joke.', ['Rapid Support Forces rejects P']],
    ['In Sri Lanka, the LTTE offered a ceasefire, an offer that Colombo dismissed as a ploy.', ['Sri Lanka rejects P']],
    // a request with its asker between it and what it asks for
    ['In Burkina Faso, the junta rejected an appeal by religious leaders for a humanitarian truce.', ['Government of Burkina Faso rejects P']],
    // not bound by a deal rejects it
    ['In the DRC, the government and the M23 signed the Luanda ceasefire. The M23 said it was no longer bound by the Luanda ceasefire.', ['M23 rejects P']],
    ['In Libya, the LNA agreed to the Berlin truce. Later the LNA declared that it would not be bound by the truce.', ['Khalifa Haftar rejects P']],
  ]);
  none([
    // bound by a deal, unnegated, says nothing new
    ['In the DRC, the government and the M23 signed the Luanda ceasefire. The M23 said it was bound by the Luanda ceasefire.', 'M23 rejects P'],
    // a restating noun after a place is no proposal
    ['In Sudan, the RSF took Wad Madani on Monday, a move the army dismissed as a sick joke.', 'Sudanese Armed Forces rejects P'],
  ]);
});

describe('relative clauses after a place reached by "on", and places of two-word nouns', () => {
  rows([
    // a place after "on" with no phrase before it to be the venue of is the antecedent
    ['In Libya, the GNA advanced on Sirte, which the Libyan National Army (LNA) has held since January.', ['Khalifa Haftar controls Sirte']],
    ['In Sudan, the army closed in on Wad Madani, which the RSF has held since December.', ['Rapid Support Forces controls Wad Madani']],
    // "the Jufra air base", "the Philadelphi corridor": the name before a place noun of two words, or a corridor
    ['In Libya, the GNA advanced on the coastal city of Sirte and the Jufra air base, which are both held by Haftar\'s forces.', ['Khalifa Haftar controls Jufra']],
    ['In Gaza, Israeli troops have controlled the Rafah crossing and the Philadelphi corridor since May.', ['Israel controls Philadelphi']],
  ]);
});

describe('lists with an Oxford comma, plural pronouns and verbless asides between commas', () => {
  rows([
    // a fronted subordinate goes on past its list's commas to its verb
    ['While France, Egypt, Russia, and UAE support Haftar, directly or indirectly, Turkey and Italy have shown solidarity with the GNA.', ['France supports Khalifa Haftar', 'Turkey supports Government of National Accord']],
    ['In Sudan, while Egypt, Eritrea, and Turkey back the army, the UAE arms the RSF.', ['Egypt supports Sudanese Armed Forces', 'Turkey supports Sudanese Armed Forces', 'United Arab Emirates supports Rapid Support Forces']],
    // "they" after a list is the whole list
    ['In Libya, Turkey and Qatar said that they support the GNA.', ['Turkey supports Government of National Accord', 'Qatar supports Government of National Accord']],
    ['In Yemen, Oman and Iran said that they back the Houthis.', ['Oman supports Houthis', 'Iran supports Houthis']],
    // a participle and a verbless subordinate, each between commas, before the sentence's verb
    ['In Karabakh, Russia called for a ceasefire. The first truce, agreed in Moscow on Oct. 10, after talks hosted by Sergei Lavrov, was accepted by both Armenia and Azerbaijan.', ['Armenia supports P', 'Azerbaijan supports P']],
    ['In Karabakh, a humanitarian ceasefire brokered by Russia in Moscow on Oct. 10, after talks hosted by Sergei Lavrov, was accepted by both Armenia and Azerbaijan.', ['Russia proposes P', 'Azerbaijan supports P']],
  ]);
  none([
    // the setting is not in the list "they" stands for
    ['In Yemen, Oman and Iran said that they back the Houthis.', 'Yemen supports Houthis'],
    // a trailing ", and X that …" ends the participle's clause
    ['In Yemen, the Houthis seized Sanaa in September 2014, driving the government out of the capital, and a Saudi-led coalition that includes the UAE intervened.', 'Saudi-led coalition controls Sanaa [since 2014-09]'],
  ]);
});

describe('shared objects, recipients before the asset, floating quantifiers', () => {
  rows([
    // coordinated verbs share the last one's object
    ['In Iraq, Iran, which arms and trains the Popular Mobilisation Forces, denied it.', ['Iran supports Popular Mobilization Forces']],
    ['In Sudan, the UAE funds and arms the RSF.', ['United Arab Emirates supports Rapid Support Forces']],
    // "gave the Houthis missiles": the party before the asset is the one given to
    ['In Yemen, Iran gave the Houthis missiles and drones.', ['Iran supports Houthis']],
    ['In Libya, Turkey sent the GNA drones.', ['Turkey supports Government of National Accord']],
    // "both" between the subject and its verb
    ['In South Sudan, the government signed a truce. The United States and the United Nations both welcomed the agreement.', ['United States supports P', 'United Nations supports P']],
  ]);
  none([
    // a letter is no asset
    ['In Libya, Turkey sent the GNA a letter.', 'Turkey supports Government of National Accord'],
  ]);
});

describe('a name nothing typed that backs, rejects or proposes something named is a party', () => {
  rows([
    ['In Lebanon, Hezbollah agreed to the truce. Nabih Berri hailed the truce.', ['Nabih Berri supports P']],
    ['In Sudan, Minni Minawi sided with the army.', ['Minni Minawi supports Sudanese Armed Forces']],
    ['In the DRC, SAMIDRC backs the FARDC against the M23.', ['SAMIDRC supports Armed Forces of the Democratic Republic of the Congo']],
  ]);
  none([
    // an office or a people is no party of its own
    ['In Myanmar, the junta declared a truce. The Special Envoy welcomed the truce.', 'Special Envoy supports P'],
    ['In the DRC, the South African contingent backs the FARDC.', 'South African supports Armed Forces of the Democratic Republic of the Congo'],
    // two unknown names relate nothing
    ['In Sudan, Minni Minawi sided with Abdel Wahid.', 'Minni Minawi supports Abdel Wahid'],
  ]);
});

describe('"followed by" after a change of hands, and lists whose members carry their own dates', () => {
  rows([
    ['In Afghanistan, the Taliban captured Kandahar on Friday, followed by Herat on Saturday and Jalalabad on Sunday.', ['Taliban controls Herat [since 2020-06-05]', 'Taliban controls Jalalabad [since 2020-06-05]']],
    ['In Afghanistan, the Taliban captured Zaranj. Herat and Kandahar fell on August 12, followed by Mazar-i-Sharif in the north on Saturday and Jalalabad in the east on Sunday.', ['Taliban controls Mazar-i-Sharif [since 2019-08-12]', 'Taliban controls Jalalabad [since 2019-08-12]']],
    ['In Sudan, the RSF seized Nyala on Monday and El Geneina on Tuesday.', ['Rapid Support Forces controls El Geneina [since 2020-06-01]']],
  ]);
  none([
    ['In Sudan, the RSF took Nyala, followed by a lull in the fighting.', 'Rapid Support Forces controls lull'],
  ]);
});

describe('distances after a name, hearers before "that", a coordinated object that names someone', () => {
  rows([
    ['In Libya, Haftar\'s LNA is holding the battle line at Sirte 256 km east of Misrata.', ['Khalifa Haftar controls Sirte']],
    ['In Ukraine, Russian troops hold the front at Pokrovsk 60 km north-west of Donetsk.', ['Russia controls Pokrovsk']],
    // "told AFP that …": the clause after the hearer is what was said
    ['In Libya, on Saturday, Turkey told AFP that Sirte and Al-Jufra need to be evacuated by Haftar\'s forces.', ['Khalifa Haftar controls Sirte', 'Khalifa Haftar controls Jufra']],
    ['In Sudan, the army warned reporters that Wad Madani and Sennar must be evacuated by the RSF.', ['Rapid Support Forces controls Sennar']],
    // "support the political solution and the legitimate government"
    ['In Yemen, Saudi Arabia said it supports a political settlement and the Presidential Leadership Council.', ['Saudi Arabia supports Presidential Leadership Council']],
  ]);
});

describe('hosts of talks, roles in apposition, subjects after a subordinator', () => {
  rows([
    ['In Libya, the ceasefire was agreed at the Moscow talks. The talks, hosted by the Russian and Turkish foreign ministers, were meant to formalize a truce.', ['Russia proposes P', 'Turkey proposes P']],
    ['In Sudan, the truce talks in Jeddah were co-hosted by Saudi Arabia and the United States.', ['Saudi Arabia proposes P', 'United States proposes P']],
    // ", the UN envoy for Libya, who brokered …": "who" is the person the role describes
    ['In Libya, the GNA and the LNA agreed a ceasefire in Geneva. Stephanie Williams, the UN deputy special envoy for Libya, who brokered the talks, praised the deal.', ['Stephanie Williams proposes P']],
    // "hours after X, the head of …, called for a truce"
    ['In Ukraine, the order came hours after Patriarch Kirill, the head of the Russian Orthodox Church, called for a Christmas truce.', ['Patriarch Kirill proposes P']],
  ]);
  none([
    // a host of a party is no proposer
    ['In Libya, Egypt hosted Haftar in Cairo.', 'Egypt proposes P'],
  ]);
});

describe('a possessive before men or a campaign is a party, never a proposal', () => {
  rows([
    ['In Lebanon, a ceasefire took effect. Hezbollah said its fighters would respect the truce.', ['Hezbollah supports P']],
  ]);
  none([
    // "its attack" after a ceasefire was named is Hamas's attack, and launching it proposes nothing
    ['A ceasefire took effect in Lebanon. Hezbollah began firing rockets a day after its ally Hamas launched its attack on Israel.', 'Hamas proposes P'],
    ['In Sudan, a truce was agreed. Days later the RSF launched its offensive on El Fasher.', 'Rapid Support Forces proposes P'],
  ]);
});

describe('a nationality before "ally" describes the ally', () => {
  rows([
    ['In Libya, Haftar met his ally, Egyptian President Sisi.', ['Abdel Fattah al-Sisi supports Khalifa Haftar']],
  ]);
  none([
    ['A ceasefire took effect in Lebanon. Hezbollah began firing rockets a day after its Palestinian ally Hamas attacked Israel.', 'Hamas supports Palestine'],
    ['A ceasefire took effect in Lebanon. Hezbollah began firing rockets a day after its Palestinian ally Hamas attacked Israel.', 'Hezbollah supports Palestine'],
  ]);
});

describe('agent nouns with an owner and a nationality, and fronted settings', () => {
  rows([
    // "the RSF's Emirati backers": the nationality names the backers, the owner whom they back
    ['In Sudan, the RSF\'s Emirati backers sent drones.', ['United Arab Emirates supports Rapid Support Forces']],
    ['In Lebanon, the ceasefire held. In Dahiyeh, Hezbollah\'s stronghold in Beirut\'s southern suburbs, residents returned.', ['Hezbollah controls Dahiyeh']],
  ]);
  none([
    // a fronted setting is no anchor of the agent noun
    ['In Sudan, the RSF\'s Emirati backers sent drones.', 'Sudan supports Rapid Support Forces'],
    ['In Sudan, the RSF\'s Emirati backers sent drones.', 'Sudan supports United Arab Emirates'],
  ]);
});

describe('an adverb tagged where an adjective stands, after the determiner', () => {
  rows([
    ['In Libya, the GNA advanced on the coastal city of Sirte and the inland Jufra air base, which are both held by Haftar\'s forces.', ['Khalifa Haftar controls Sirte', 'Khalifa Haftar controls Jufra']],
    ['In Ukraine, Russian forces took the nearby town of Avdiivka.', ['Russia controls Avdiivka [since 2020-06-06]']],
  ]);
});
