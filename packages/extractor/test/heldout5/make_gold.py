# Builds gold.json for heldout5: speech-attribution gold for the eight heldout4 articles, in the format of
# shared/eval/polnear-dev/gold.json (scored by shared/eval/attribution.mjs). Annotated by hand before the
# extractor was run on these texts.
# Unlike heldout4/gold.json (seeds conventions), every attribution is kept, anonymous ones too
# ("officials said", "Analysts said", "A Turkish diplomat said": speaker null, source = those words).
# `text` is the content (quoted segments that share one cue are joined with '" "', as in polnear-dev);
# `source` is the span that names who spoke, as written at the cue ("he", "Its Foreign Ministry",
# "Egle Vaitkute, a senior fellow at ..."). attribution.mjs reads the speaker's name from the first run of
# capitalised words, skipping only the titles it knows; a title it does not know ("Trade Minister",
# "Chief Magistrate", "Polish Deputy Defence Minister") would be read as part of the name, so there the
# source is cut to the name and the full span is kept in `sourceFull` (not scored).
import json, os, sys
sys.dont_write_bytecode = True  # keep heldout4/ free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout4'))
from make_gold import E, A1, A2, A3, A4, A5, A6, A7, A8  # noqa: E402

Q = '" "'  # joins quoted segments of one attribution, as polnear-dev does
C = [  # article, speaker id or None, kind, cue, source, text[, sourceFull]
 # n01
 (A1,'person:rahmat-suryadi','indirect','said','Rahmat Suryadi','Indonesia will not lift its ban on exports of raw nickel ore','Trade Minister Rahmat Suryadi'),
 (A1,'person:rahmat-suryadi','direct','told','Suryadi','We are not going back to shipping our soil abroad by the boatload' + Q + 'The value has to stay here, with Indonesian workers.'),
 (A1,'organization:european-commission','indirect','said in a statement','The European Commission','the ban breached global trade rules'),
 (A1,'organization:european-commission','indirect','urged','The European Commission','Indonesia to comply with a 2022 WTO panel ruling'),
 (A1,'person:katrin-vesterby','indirect','said','Commission spokeswoman Katrin Vesterby','Brussels had “no intention of dropping the case.”'),
 (A1,'person:rahmat-suryadi','indirect','said','Suryadi','the government was considering a similar ban on bauxite exports from next year'),
 (A1,'person:rahmat-suryadi','indirect','added','Suryadi','no decision had been taken'),
 (A1,'person:rahmat-suryadi','direct','said:','he','We respect the WTO. But we will not let anyone dictate our development path.'),
 (A1,'person:budi-hartanto','indirect','argued','Budi Hartanto, chairman of the Indonesian Nickel Miners Association,','small miners had lost their buyers overnight and were struggling to survive'),
 (A1,'person:budi-hartanto','direct','said','he','The big smelters set the price, and we have no choice but to take it'),
 (A1,'person:gregory-tan','indirect','told','He','the company planned to invest another $1.2 billion in Indonesia over three years'),
 (A1,'organization:eurofer','indirect','has complained that','The European steel lobby Eurofer','the curbs distort the market for stainless steel'),
 (A1,None,'indirect','said privately','Officials in Brussels','the Commission could seek permission to impose retaliatory tariffs if the appeal fails'),
 (A1,None,'indirect','said','a Commission official','EU Trade Commissioner Anders Lindqvist is due to visit Jakarta in May for talks with Suryadi'),
 # n02
 (A2,'person:rasa-jankauskiene','indirect','accused','Rasa Jankauskiene','Minsk of "deliberately testing" NATO\'s eastern flank','Defence Minister Rasa Jankauskiene'),
 (A2,'person:rasa-jankauskiene','direct','told','Jankauskiene','These were not balloons and they were not lost' + Q + 'Someone programmed them, launched them and watched where they went.'),
 (A2,'organization:state-border-guard-service','indirect','said','the State Border Guard Service','The drones came down in fields near the town of Salcininkai, and none caused injuries'),
 (A2,None,'indirect','said','officials','Army engineers were examining the wreckage, which carried no markings'),
 (A2,'country:belarus','indirect','denied','Belarus','any role'),
 (A2,'organization:foreign-ministry-of-belarus','indirect','said in a statement','Its Foreign Ministry','the accusations were "a provocation invented to justify the militarisation of the region"'),
 (A2,'organization:foreign-ministry-of-belarus','indirect','said in a statement ... and that','Its Foreign Ministry','Lithuania had not shared any evidence'),
 (A2,'person:helga-marstrand','indirect','said','NATO Deputy Secretary General Helga Marstrand','the alliance stood "in full solidarity" with Lithuania and was ready to deploy additional air-defence assets'),
 (A2,None,'indirect','according to','a NATO spokesperson','She spoke by phone with Lithuanian President Arvydas Kairys on Friday morning'),
 (A2,'country:poland','indirect','said','Poland','it would send a squadron of helicopters to help patrol the border'),
 (A2,'person:tomasz-wierzbicki','direct','said','Tomasz Wierzbicki','What happens in Lithuania today can happen in Poland tomorrow','Polish Deputy Defence Minister Tomasz Wierzbicki'),
 (A2,None,'indirect','said','A Kestrel spokesman','the company was "working to speed up production"'),
 (A2,None,'indirect','said','Analysts','the incursions fit a pattern of low-cost pressure on the Baltic states'),
 (A2,'person:egle-vaitkute','indirect','said','Egle Vaitkute, a senior fellow at the Vilnius Institute for Policy Analysis,','Minsk and Moscow gained a great deal from such incidents at almost no cost'),
 (A2,'person:egle-vaitkute','direct','said','she','It forces us to spend money, and it tests how quickly we react'),
 (A2,'person:rasa-jankauskiene','indirect','said','Jankauskiene',"Lithuania had summoned the Belarusian charge d'affaires and would raise the matter at a meeting of NATO defence ministers in Brussels next week"),
 # n03
 (A3,'organization:bank-of-korea','indirect','saying','The Bank of Korea','a sharp fall in the won and a rebound in household borrowing made it too early to resume cutting'),
 (A3,'person:park-sung-ho','indirect','told','Governor Park Sung-ho','the decision was unanimous'),
 (A3,'person:park-sung-ho','direct','said','he','The currency has become a real constraint' + Q + 'We cannot pretend that a won at 1,450 to the dollar does not matter for inflation.'),
 (A3,'person:park-sung-ho','indirect','said','Park','the central bank stood ready to act against “herd behaviour” in the currency market'),
 (A3,'person:kim-ji-woo','indirect','said','Kim Ji-woo, an economist at Kwangsan Capital Holdings in Seoul,','the board was likely to cut once more in the first quarter of next year, “but only if the won stabilises.”'),
 (A3,None,'indirect','said','analysts','Those moves could give the Bank of Korea more room'),
 (A3,'organization:financial-services-commission','indirect','according to','the Financial Services Commission','Household debt rose by 5.2 trillion won in October, the fastest pace in eleven months'),
 (A3,'organization:financial-services-commission','indirect','said','The regulator','it would tighten lending rules for apartment purchases in Seoul and its surrounding areas from January'),
 (A3,'person:choi-dong-hyun','indirect','urged','Choi Dong-hyun','the bank to keep supporting growth',"South Korea's Finance Minister Choi Dong-hyun, who attends the central bank's meetings as an observer but does not vote,"),
 (A3,'person:choi-dong-hyun','direct','said','Choi','Exports are holding up, but domestic demand is still fragile'),
 (A3,'person:choi-dong-hyun','indirect','has repeatedly denied','He','the government is pressing the central bank to cut'),
 (A3,'person:park-sung-ho','indirect','said','Park','the bank did not expect a recession'),
 (A3,'person:park-sung-ho','indirect','adding','Park','the semiconductor cycle “remains our main source of strength.”'),
 # n04
 (A4,'person:nikos-karamanlidis','direct','said','Karamanlidis','We have agreed to keep talking, and that is not nothing' + Q + 'But I will not pretend that our positions on the continental shelf have moved closer.'),
 (A4,'person:selim-aydemir','indirect','said','he','Turkey was “ready to meet Athens halfway” on confidence-building measures in the Aegean, including a moratorium on military exercises during the tourist season'),
 (A4,'person:selim-aydemir','indirect','told','He','Ankara wanted “a calm summer, and then a serious autumn.”'),
 (A4,'organization:foreign-ministry-of-greece','indirect','According to','the Greek Ministry of Foreign Affairs','the ministers also discussed migration, trade and the situation in Cyprus','a readout issued by the Greek Ministry of Foreign Affairs'),
 (A4,'organization:foreign-ministry-of-greece','indirect','said','The readout',"Karamanlidis raised Greece's objections to a Turkish research vessel that operated south of Crete in April"),
 (A4,'country:turkey','indirect','has long argued','Turkey','Greek islands close to its coast should not generate full maritime zones'),
 (A4,'country:greece','indirect','says','Greece','the matter should go to the International Court of Justice in The Hague'),
 (A4,None,'indirect','said','officials on both sides','Karamanlidis did not meet President Recep Tayyip Erdogan'),
 (A4,None,'indirect','said','A Turkish diplomat',"the president's schedule had changed at short notice"),
 (A4,None,'indirect','said ... and that','A Turkish diplomat','no slight was intended'),
 (A4,'person:maria-ostergaard','indirect','welcomed','The United Nations envoy for Cyprus, Maria Ostergaard,','the talks'),
 (A4,'person:maria-ostergaard','direct','wrote','she','Any dialogue between Athens and Ankara is good news for Nicosia'),
 (A4,'person:eleni-dragoumi','indirect','accused','Eleni Dragoumi, foreign affairs spokeswoman for the opposition PASOK party,','the government of “rewarding Turkish provocations with photo opportunities.”'),
 (A4,'person:kostas-vafeiadis','indirect','has said','Kostas Vafeiadis','he hopes to meet Erdogan on the sidelines of the NATO summit in July','Greek Prime Minister Kostas Vafeiadis'),
 # n05
 (A5,None,'indirect','said in a joint statement','the two companies',"Vestfold's board, backed into a corner by falling orders and a looming debt repayment, unanimously recommended the offer"),
 (A5,'person:hiroshi-okabe','direct','told',"Tanaka's president, Hiroshi Okabe,",'Vestfold gives us the missing piece in offshore energy' + Q + 'We make the arms and the sensors. They know how to keep a robot alive at 2,000 metres.'),
 (A5,'person:hiroshi-okabe','indirect','said','Okabe',"Tanaka would keep Vestfold's headquarters and its 1,100 jobs in Scotland for at least five years"),
 (A5,'person:hiroshi-okabe','indirect','said','He','the combined group expected annual cost savings of around 9 billion yen by 2028'),
 (A5,'person:fiona-mcallister','indirect','said','Vestfold chief executive Fiona McAllister','the company had considered "every option" before accepting'),
 (A5,'person:fiona-mcallister','direct','said','she','This was not a fire sale' + Q + 'but we needed a partner with deep pockets and patience.'),
 (A5,None,'indirect','said','A spokesperson for the Department for Business and Trade','the government would "look carefully" at the transaction'),
 (A5,'person:rowan-pike','indirect','said','Rowan Pike, a fund manager at Castlegate Asset Management, which owns about 4 percent of Vestfold,',"the offer undervalued the company's order book"),
 (A5,'person:rowan-pike','direct','told','Pike','I would have liked to see a bidding war'),
 (A5,None,'indirect','said','Analysts at Mizuno Securities','the price was high but defensible given the expected growth in offshore wind'),
 (A5,'person:hiroshi-okabe','indirect','said','Okabe',"he planned to visit Aberdeen next month to meet Vestfold's staff"),
 # n06
 (A6,'person:wanjiru-kamau','indirect','found','Wanjiru Kamau',"Samuel Otieno Mwangi, the authority's former head of operations, had received at least 48 million shillings from Brackwater Logistics Ltd between 2019 and 2021",'Chief Magistrate Wanjiru Kamau'),
 (A6,'person:wanjiru-kamau','indirect','saying','She','the prosecution had not proved that the money was moved abroad'),
 (A6,'person:wanjiru-kamau','direct','said in her ruling','Kamau','The evidence of the payments is overwhelming and largely undisputed' + Q + 'What the accused has offered in explanation is not a defence but a story.'),
 (A6,'person:samuel-otieno-mwangi','indirect','has denied','Mwangi, 56,','all the charges'),
 (A6,'person:daniel-kiprono','indirect','said','His lawyer, Daniel Kiprono,','the defence would appeal to the High Court'),
 (A6,'person:daniel-kiprono','direct','told','Kiprono','My client is a scapegoat for a system that everyone in this country knows about'),
 (A6,'organization:odpp-kenya','indirect','had argued','Prosecutors from the Office of the Director of Public Prosecutions','Mwangi created delays at the port and then offered to remove them for a fee'),
 (A6,'organization:odpp-kenya','indirect','asked','They','the court to impose the maximum sentence of ten years'),
 (A6,'person:anil-raghavan','indirect','said in an emailed statement','Its managing director, Anil Raghavan,','the company "has cooperated fully with the investigation" and had changed its compliance procedures'),
 (A6,'person:anil-raghavan','indirect','has called','he','politically motivated'),
 (A6,'organization:law-society-of-kenya','indirect','welcomed','The Law Society of Kenya','the verdict'),
 (A6,'organization:law-society-of-kenya','indirect','criticised','The Law Society of Kenya','the slow pace of the case, which was filed in 2022'),
 (A6,'person:grace-achieng','direct','said in a statement',"the society's president, Grace Achieng,",'Justice delayed in a corruption case is an invitation to the next offender'),
 (A6,'person:grace-achieng','indirect','urged','She','Parliament to pass a long-delayed bill creating special anti-corruption courts'),
 (A6,'organization:kenya-ports-authority','indirect','said','The Kenya Ports Authority','it had introduced electronic cargo clearance to reduce opportunities for bribery'),
 # n07
 (A7,'organization:electoral-commission-of-ghana','indirect','announced','the Electoral Commission',"Ghana will hold a presidential runoff on Dec. 28 after neither of the two leading candidates won more than half of the votes in Saturday's election"),
 (A7,'person:josephine-addo','indirect','told',"the commission's chairwoman, Josephine Addo,","Former finance minister Abena Owusu-Mensah of the opposition People's Democratic Alliance won 49.2 percent of the vote, while Vice President Kwaku Asante of the governing National Renewal Party took 47.6 percent"),
 (A7,'person:josephine-addo','indirect','said','she','Turnout was 71 percent'),
 (A7,'person:abena-owusu-mensah','indirect','told','Owusu-Mensah, 58,','the result showed Ghanaians wanted change'),
 (A7,'person:abena-owusu-mensah','direct','said','she','We are one step away, and we will not stumble on the last step'),
 (A7,'person:kwaku-asante','indirect','congratulated','Asante','the commission on a peaceful vote'),
 (A7,'person:kwaku-asante','indirect','said','Asante',"his party had ''serious concerns'' about results from 34 polling stations in the Ashanti region"),
 (A7,'person:kwaku-asante','direct','said','he','We will not accept numbers that do not match the pink sheets'),
 (A7,'person:kwaku-asante','direct','said','he','But we will fight this through the law, not on the streets.'),
 (A7,'person:yaw-boateng','indirect','said',"The Alliance's campaign manager, Yaw Boateng,","the party had its own tally and was ''confident'' of victory"),
 (A7,'person:kofi-darko','indirect','said',"Asante's spokesman, Kofi Darko,","the vice president was ''even more confident.''"),
 (A7,'person:abena-owusu-mensah','direct','says','she',"the program has ''squeezed ordinary families dry.''"),
 (A7,None,'indirect','found','A survey by the Centre for Democratic Governance and Accountability','62 percent of voters considered the cost of living the most important issue'),
 (A7,None,'indirect','described','Observers from the Economic Community of West African States',"the first round as ''largely peaceful and transparent.''"),
 (A7,'person:mamadou-ndiaye','indirect','urged','The head of the mission, former Senegalese foreign minister Mamadou Ndiaye,','both candidates to accept the final result'),
 # n08
 (A8,'person:chikondi-banda','indirect','said','Chikondi Banda','A cholera outbreak in southern Malawi has spread to the capital Lilongwe, where 212 cases and nine deaths have been recorded in the past week','Health Minister Chikondi Banda'),
 (A8,None,'indirect','warned','aid agencies','global vaccine stocks were close to exhausted'),
 (A8,'person:chikondi-banda','direct','told','Banda','We are fighting this disease on two fronts, in the clinics and in the water supply'),
 (A8,'person:chikondi-banda','indirect','said','She','the government would open 40 additional treatment centres and had asked the World Health Organization for 1.5 million doses of oral vaccine'),
 (A8,'organization:who','indirect','according to','the WHO',"Since October, the outbreak has killed 318 people and infected more than 19,000 across 23 of Malawi's 28 districts"),
 (A8,'organization:who','indirect','said','The agency','the case fatality rate of 1.7 percent was above the 1 percent threshold it considers acceptable, a sign that many patients were reaching care too late'),
 (A8,'person:helen-achterberg','indirect','said',"Dr. Helen Achterberg, who leads the WHO's cholera response in Geneva",'The global stockpile of oral cholera vaccine held only 2.1 million doses last week, well below the 5 million the agency regards as a safe minimum'),
 (A8,'person:helen-achterberg','direct','said','she','Every dose we send to Malawi is a dose we cannot send somewhere else' + Q + 'That is the choice we are making every week.'),
 (A8,'organization:sundaram-biologicals','indirect','said','Sundaram Biologicals Pvt Ltd','it planned to start supplying a rival vaccine in the second half of the year, pending approval by the WHO',"India's Sundaram Biologicals Pvt Ltd"),
 (A8,'organization:doctors-without-borders','indirect','said','Doctors Without Borders, which runs two treatment centres in the southern district of Nsanje,','its teams were seeing patients who had walked for more than a day'),
 (A8,'person:maria-fonseca','direct','said',"Maria Fonseca, the group's emergency coordinator in Malawi",'People are arriving exhausted and severely dehydrated' + Q + 'Some of them are arriving too late.'),
 (A8,'organization:africa-cdc','indirect','said','The Africa Centres for Disease Control and Prevention',"it would send a team of 15 epidemiologists to support Malawi's response"),
 (A8,'person:emmanuel-nwosu','indirect','urged','Its director general, Dr. Emmanuel Nwosu,','neighbouring Mozambique and Zambia to step up surveillance at border crossings'),
 (A8,None,'indirect','said','Health officials','heavy rains in January had flooded latrines and contaminated wells in several districts'),
]


def build():
    src_dir = os.path.join(HERE, '..', 'heldout4')
    arts = sorted(f[:-4] for f in os.listdir(src_dir) if f.endswith('.txt'))
    texts = {a: open(os.path.join(src_dir, a + '.txt'), encoding='utf8').read() for a in arts}
    ents = {e[0]: e for e in E}
    claims, used = [], []
    for n, row in enumerate(C):
        a, sp, kind, cue, source, text = row[:6]
        for piece in text.split(Q):  # every quoted piece and the source are words of the article
            assert piece in texts[a] or piece.replace('Turkey was', 'was') in texts[a] or piece.startswith('the program has'), (a, piece)
        assert (row[6] if len(row) > 6 else source) in texts[a], (a, source)
        assert sp is None or sp in ents, sp
        c = {'id': f'{a}#{n}', 'speaker': sp, 'text': text, 'kind': kind, 'articles': [a], 'source': source, 'cue': cue}
        if len(row) > 6: c['sourceFull'] = row[6]
        claims.append(c)
        if sp and sp not in used: used.append(sp)
    gold = {
      'articles': [{'id': a, 'title': texts[a].split('\n', 1)[0], 'source': None, 'publishedAt': None,
                    'path': f'packages/extractor/test/heldout4/{a}.txt'} for a in arts],
      'entities': [{'id': i, 'type': ents[i][1], 'name': ents[i][2], 'aliases': ents[i][3]} for i in used],
      'claims': claims, 'relations': [],
    }
    json.dump(gold, open(os.path.join(HERE, 'gold.json'), 'w'), ensure_ascii=False, indent=1)
    print(len(claims), 'claims', sum(c['speaker'] is None for c in claims), 'without a named speaker')


if __name__ == '__main__':
    build()
