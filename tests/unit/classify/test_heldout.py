"""Held-out articles (events not in the dev corpus, written for these tests, 8 languages): the
classifier must meet the same targets as on the hidden corpus. Keep it honest: add articles here
only after their first run, and never tune a rule or term to one article.

First-run figures (before any fix the batch prompted): batch 1 (64) alert F1 0.846, type 0.859,
severity-within-one 0.875, country 0.938; batch 2 (16) 1.000 on all four; batch 3 (48, "h3-", written
without sight of the classifier) alert F1 0.960, type 0.938, severity-within-one 0.938, country 1.000;
batch 4 (48, "h4-", harder: reaction-first leads, named victims, rising tolls, honorary consulates, TV
dramas), es/ru/de/tr half 0.880 / 0.792 / 0.917 / 0.947, then en/id/ar/fr half (after the first half's
fixes) 0.870 / 0.917 / 0.958 / 0.895; batch 5 (48, "h5-": wire flashes, and attacks elsewhere whose
articles mention embassies in other roles), es/ru/de/tr half 0.824 / 0.917 / 0.958 / 0.950, then en/id/
ar/fr half 0.889 / 0.958 / 1.000 / 1.000; batch 6 (32 in 8 languages: updates with changing tolls,
compound number words, international-organisation offices, controlled explosions) 0.857 / 0.844 / 0.906 /
1.000. Three batch-6 news roundups whose second item was an embassy attack were left out: they were
labelled by their first item, but an operations room wants that attack alerted. Batch 7 (32 long
wire-style reports, ~2,100 characters, with context paragraphs recalling earlier incidents) 0.909 / 0.906 /
0.875 / 0.969. Batch 8 (48, varied casualty reporting): en/id/ar/fr 1.000 / 1.000 / 1.000 / 1.000,
es/ru/de/tr 1.000 / 0.958 / 1.000 / 0.952. Batch 9 (48, "h9-", regional outlets: provincial cities, the
diplomatic site named only in the second or third sentence, High Commissions, film-festival traps):
0.927 / 0.979 / 0.979 / 0.923. Its labels follow the dev corpus conventions: no place for a `none`
article, and `killed` 0 when only injuries are reported. Batch 10 (48, "h10-", breaking news and follow-ups:
rising tolls, reaction-first leads, wire flashes, precautionary embassy closures, retrospectives,
expulsions and summits): 0.936 / 0.896 / 0.938 / 0.833. Batch 11 (48, "h11-", diplomats attacked away from the
compound — convoys, cars, residences, UN patrols — counts split across sentences; traps: deaths in road
accidents, security upgrades, diplomatic protest notes, military exercises): 0.957 / 0.896 / 0.958 /
0.812. Batch 12 (48, "h12-", long national-outlet reports of 1,500–1,800 characters with background on
earlier attacks, and analysis pieces and parliamentary debates that only recall them): 0.905 / 0.917 /
0.938 / 1.000. Batch 13 (48, "h13-", place traps — Tripoli, Hyderabad, San José, Valencia, Córdoba in two
countries, capitals named like their country, attacks in the outlet's own country — and figures written
as "Bilanz: 5 Tote", "(2 погибших, 7 раненых)", "una docena"): 0.939 / 0.917 / 0.958 / 0.825. Batch 14
(48, "h14-", the boundaries between incident types: violent protest or breach, fire at the gate or during
a breach, a bomb defused or exploded, drone or rocket, shooting or abduction): 0.941 / 0.917 / 0.917 /
0.977; three defused bombs the writer labelled medium follow the dev corpus (foiled plots are low). Batch
15 (48, "h15-", domestic news in the outlet's own country with local place names; accidents — gas
explosions, electrical fires, embassy cars in road accidents — as traps): 0.957 / 0.875 / 0.938 / 1.000.
Batch 16 (48, "h16-", an ordinary day on a wire: less common incident types, figurative attack words in
sport, weather, markets and politics): 1.000 / 0.875 / 0.917 / 0.969. Batch 17 (48, "h17-", the type told
late or in other words: "blast", "explosion", "shots heard" in the headline and the weapon only in the
body, first reports corrected within the article): 0.941 / 0.771 / 0.938 / 1.000 — explosion words then
counted as bombing whatever weapon the body named, and a corrected first report still counted. Batch 18
(48, "h18-", short regional copy: kidnappings, hostages in a consulate, night arson at honorary
consulates, intercepted drones, suspicious envelopes; Central Asia, the Caucasus, the Sahel, the Andes):
0.977 / 0.979 / 1.000 / 0.900. Batch 19 (48, "h19-", a balanced wire day: every type equally often, half at
diplomatic sites; blasts whose cause the body tells; eyewitness leads; next-day toll updates): 0.971 /
0.958 / 0.979 / 0.977. Batch 20 (48, "h20-", outlets reporting incidents abroad with their own exonyms;
capitals named like their country, "… City" names; ambassadors' cars, UN convoys): 1.000 / 1.000 / 1.000 /
1.000. Batch 21 (48, "h21-", context-heavy copy: older attacks in the background, condemnations, travel
warnings, and attacks on a hotel or market next to an embassy): 0.894 / 0.958 / 1.000 / 1.000 — five
hotels and markets next to an embassy were read as attacks on the embassy. Batch 22 (48, "h22-", agency-style
wire copy, 12 each in English and Indonesian and 4 in the other six languages; a quarter non-incidents):
1.000 / 1.000 / 1.000 / 1.000. Batch 23 (48, "h23-", storming and arson in all their forms — breaches,
occupations, fires during or without a breach — and protests that escalate or stay peaceful): 1.000 /
0.958 / 1.000 / 0.976. Batch 24 (48, "h24-", unusual formats: live blogs with timestamps, capitals-only and
very long headlines, bodies full of ages, times and plates, headline-plus-one-sentence flashes, 2,000–2,500
character reports): 0.958 / 0.979 / 0.958 / 1.000. Batch 25 (48, "h25-", a regional desks' digest: places
given as a district plus the city — Gulshan, Wuse II, the Green Zone, ACI 2000 — and figurative "blasts",
"bombshell", "crash"): 0.957 / 0.958 / 0.958 / 0.975. Batch 26 (48, "h26-", 12 each in Indonesian, Arabic,
Turkish and Spanish: regional press on its own region, local idioms and place names): 0.957 / 0.938 /
0.958 / 1.000. Batch 27 (48, "h27-", 12 each in English, French, Russian and German: several weapons or
acts in one incident, the dominant one named up front): 1.000 / 1.000 / 1.000 / 0.976. Batch 28 (48, "h28-",
flashes of 250–340 characters next to normal reports; figurative "bombe sociale", old attacks judged):
0.980 / 0.958 / 0.958 / 1.000. Batch 29 (48, "h29-", messy copy: variant transliterations, missing
accents, typos, social-media sourcing, boilerplate inside the body): 0.958 / 0.958 / 0.958 / 1.000. Batch 30
(48, "h30-", abductions of diplomats, consular, UN and aid staff against legal detentions, expulsions
and kidnappings of ordinary people): 0.952 / 0.979 / 1.000 / 0.943 — staff of UN agencies (the World Food
Programme) were not yet a diplomatic target. Batch 31 (48, "h31-", threats, cyberattacks and physical
attacks at their boundary: drones seen circling, warning shots, intercepted attacks): 0.955 / 0.938 /
0.958 / 0.977. Batch 32 (48, "h32-", follow-ups one to three days after an attack — funerals, arrests,
findings, reopenings — against plots foiled before any attack and trials months later): 1.000 / 0.958 /
1.000 / 0.951. Batch 33 (48, "h33-", everyday diplomatic news as traps — credentials, receptions, visa
policy, an ambassador "under fire" — in national-agency house styles): 0.978 / 0.979 / 0.979 / 1.000. Batch
34 (48, "h34-", long reports where the incident comes after political background and earlier incidents,
tolls corrected inside the text): 0.980 / 0.979 / 0.979 / 1.000. Batch 35 (48, "h35-", diplomatic targets
beyond the embassy — consulates, ambassadors' convoys, UN, AU and OSCE bases and staff — against foreign
but civilian targets: companies, cultural centres, tourists, NGOs): 0.889 / 0.979 / 0.979 / 0.953 — UN
peacekeeping posts and bases were read as military, tourists and NGOs as no target. Batch 36 (48, "h36-",
embassies as speakers — confirming their citizens are safe after an attack elsewhere, warning, condemning
— against embassies attacked): 0.913 / 0.958 / 1.000 / 1.000 — three embassies that only spoke were read
as the target. Batch 37 (48, "h37-", official-statement style, tolls as ranges and first reports, two
incidents of one day in one article): 1.000 / 1.000 / 1.000 / 1.000. Batch 38 (48, "h38-", formats other
than stories: embassy security alerts, press releases, travel advisories, quoted posts): 0.939 / 0.958 /
0.958 / 0.925 — Indonesian "peringatan" (warning) read as a commemoration, a football report's
"Granate" and "Botschaft", an embassy warning after a mosque bombing. Batch 39 (48, "h39-", mixed-language
and transliterated copy, headline-plus-one-line items): 1.000 / 0.979 / 1.000 / 1.000. Batch 40 (48,
"h40-", violence at protests outside embassies from peaceful to storming, and crimes against diplomats
off duty — robbery at gunpoint, carjacking): 0.872 / 0.875 / 0.917 / 0.949 — armed robbery was no attack
word, a drill told after a bare dateline was read as a hostage-taking, tear gas fired as gunfire.
Batch 41 (48, "h41-", place-heavy regional copy: oblasts, wilayas, departamentos, villages near a named
city): 1.000 / 1.000 / 1.000 / 0.975. Batch 42 (48, "h42-", claims and conflicting accounts: a group's
claim officials deny, witnesses and officials disagreeing on the weapon or the toll): 0.920 / 0.938 /
0.938 / 1.000 — attacks officials said never happened were alerted, unconfirmed higher tolls taken.
Batch 43 (48, "h43-", everyday events at diplomatic sites in violent words — car crashes, electrical
fires, fireworks taken for shots, gas leaks — among real attacks): 0.955 / 0.917 / 0.958 / 1.000.
Batch 44 (48, "h44-", severity at its boundaries: tolls of 9, 10 and 11, only the attackers killed,
damage without casualties, attacks stopped at the gate, hostages in a consulate): 1.000 / 0.979 / 0.979
/ 0.974 (severity exact 0.833: grenades that did not go off read as foiled plots or as harm). Batch 45
(48, "h45-", casualties told in pieces and in words: tolls broken down by group, compound number words,
"dozens" injured beside an exact death toll): 1.000 / 1.000 / 1.000 / 0.975 (injured 0.833). Batch 46
(48, "h46-", attempts and failures: duds, drones shot down, rockets falling short, bombers shot before
the vest went off): 1.000 / 0.938 / 1.000 / 1.000. Batch 47 (48, "h47-", places told obliquely:
datelines from the capital about provincial towns, transliterated city names): 0.980 / 0.958 / 0.979 /
1.000 (city 0.400: the dateline's city won). Batch 48 (48, "h48-", numbers that are not tolls — ages,
times, dates, house numbers, money, Arabic-Indic digits — beside tolls, tolls only in the headline):
1.000 / 1.000 / 1.000 / 1.000 (city 0.850). Batch 49, ar/de/es/tr half (24, "h49-", who the target is
at the boundary of diplomatic: cultural centres, trade offices, aid and UN agency compounds, honorary
consuls, a military attaché): 1.000 / 1.000 / 1.000 / 0.947 (an embassy "accredited to" its host read
as the host's); its en/id/ru/fr half (24, arrived later, first run with the same code): 0.941 /
1.000 / 1.000 / 1.000 (a police guard of an embassy read as a government target because "the ministry
said" counted as one). Batch 50 (48, "h50-", daily war reporting: a night of strikes on a city, an
embassy district hit or only near one, front-line towns, a night's toll against one site's): 0.894 /
0.979 / 0.979 / 0.952 — rockets falling "a few hundred metres from several embassies" and a rocket-hit
substation "near the diplomatic quarter" were alerted. Batch 51 (48, "h51-", unusual headlines and
quotes: quote and question titles, URGENT flashes, embassy statements, first-person accounts, appended
corrections): 0.979 / 0.958 / 0.958 / 0.902 (German "im Norden" and "am Boden" read as towns, Arabic
"الدار البيضاء" as Al Bayda). Batch 52 (48, "h52-", provincial towns reported from the capital: the
capital's ministries react, the wounded are flown there, foreign capitals condemn): 1.000 / 0.979 /
1.000 / 0.976 (city 0.738: the capital named three times won over the town named once). Batch 53 (48,
"h53-", developing stories: tolls that "rose to" or were revised, arrests days later, funerals, datelines
from another city, older attacks recalled after the current one): 1.000 / 0.979 / 1.000 / 1.000
(killed 0.886: a revised toll or one of the older attacks taken). Batch 54 (48, "h54-", border towns and
cross-border attacks, the neighbouring country named often): 0.974 / 0.979 / 0.979 / 0.975 (a consulate
overrun by a crowd read as a threat; "Norte de Santander" as Santander, Spain). Batch 55 (48, "h55-",
hard place names: exonyms, namesake cities, districts named instead of the city, people named like
places): 1.000 / 0.958 / 0.958 / 0.950 (Niamey's Russian form missed, French "Valence" for Valencia, a
football "attack" and a senator's "attack" on a reform read as incidents). Batch 56 (48, "h56-", casualties
told by role and in pieces: "the consul's driver suffered cuts", "the attaché and his driver were
wounded", victims by nationality, "treated for shock", a wounded man who died later): 1.000 / 0.979 /
1.000 / 1.000 (killed 0.824, injured 0.581). Batch 57 (48, "h57-", live copy: tickers, live-blog
entries newest first, quoted posts, push one-liners, TV captions): 1.000 / 0.958 / 0.979 / 1.000. Batch 58
(48, "h58-", diplomats attacked away from their mission — convoys, restaurants, homes — beside attacks on
foreigners who are not diplomats): 1.000 / 1.000 / 1.000 / 0.976 ("Norte de Santander" read as Santander,
Spain). Batch 59 (48, "h59-", agency wire copy: credits, quotes from several capitals, editor's notes):
1.000 / 1.000 / 1.000 / 1.000. Batch 60 (48, "h60-", incidents in the capital while provincial towns are
named often — the counter-case of batch 52): 1.000 / 0.979 / 0.979 / 1.000 (city 1.000). Batch 61 (48,
"h61-", violence next to diplomatic sites versus on them: a bank robbery beside an embassy, a brawl in the
visa queue, a grenade in a hotel bar where diplomats stay): 0.864 / 1.000 / 1.000 / 1.000 — six such
crimes beside an embassy were alerted. Batch 62 (48, "h62-", kidnappings and hostage-takings of diplomats
and of other foreigners, releases days later): 0.979 / 0.979 / 0.896 / 1.000 — kidnappers who
"intercepted" a car read as an intercepted attack (medium). Batch 63 (48, "h63-", regional press idioms:
Hijri dates, long titles, local units and vocabulary): 1.000 / 0.958 / 1.000 / 1.000. Batch 64 (48,
"h64-", international missions: UN civilian offices and convoys, EU delegations, OSCE and AU missions,
ICRC delegations): 0.778 / 1.000 / 1.000 / 1.000 — eight attacks on them missed (no diplomatic word for a
UN convoy, the ICRC, an EU delegation or AU observers). Batch 65 (48, "h65-", terse wire flashes, some
naming only a country and a region): 1.000 / 1.000 / 1.000 / 0.949. Batch 66 (48, "h66-", long feature-style
reports: a scene-setting opening, the incident told from the second paragraph, earlier attacks and
reactions from several capitals): 1.000 / 1.000 / 0.979 / 0.974 (the Sahel, "الساحل", read as a town in
Egypt; a drone "abattu" read as a person shot dead). Batch 67 (48, "h67-", residences, vehicles and staff:
ambassadors' residences, consular sections, embassy cars, guards and local staff, plus ordinary crime near
such sites): 0.930 / 0.979 / 1.000 / 1.000 (a bar brawl and a petrol-station robbery near missions, said
to have no connection to them, alerted; a Turkish "Büyükelçisi'nin konutu" missed). Batch 68 (48, "h68-",
tolls in tricky forms: ranges, tolls revised within the article, "including" asides, other incidents'
tolls beside the main one): 1.000 / 1.000 / 1.000 / 1.000 (killed 0.838: a range summed, a toll from the
week before or from an unrelated shooting taken). Batch 69 (48, "h69-", small towns in each language's
own spelling, with province and country): 1.000 / 1.000 / 1.000 / 0.974 (city 0.821; Arabic "سلمية",
peaceful, read as Salamiyah, Syria). Batch 70 (48, "h70-", official statements quoted at length, the facts
scattered across the quotes): 0.977 / 1.000 / 1.000 / 1.000 (a UN office named by the speaking mission
and "مقر أممي" missed). Batch 71 (48, "h71-", low-level violence at diplomatic sites beside clear attacks
told with understatement): 0.980 / 0.979 / 0.979 / 1.000 (an opposition politician's "bombing" metaphor
alerted). Batch 72 (48, "h72-", embassies of less-common countries, owner and host in each language's
exonyms): 1.000 / 1.000 / 1.000 / 1.000. Batch 73 (48, "h73-", European and Gulf capitals: vandalism, arson,
stabbings, shots at facades, threats, protests, receptions): 1.000 / 1.000 / 1.000 / 1.000 (city 0.900).
Batch 74 (48, "h74-", passive voice and headline style, agent unnamed, the place only in the dateline or
deep in the body): 0.958 / 0.958 / 0.979 / 0.949 (Indonesian "Lima", five, read as Lima, Peru; German
"Dabei" as Dubai; a rehearsal with extras playing the wounded alerted; "Derribada la puerta" missed).
Batch 75 (48, "h75-", news digests: two or three incidents in different countries, the headline one
labelled): 1.000 / 0.979 / 1.000 / 0.974 (killed 0.875). Batch 76 (48, "h76-", honorary consulates, visa
centres, embassy schools and cultural institutes — only the first diplomatic): 0.977 / 1.000 / 0.979 /
0.976 (an embassy school alerted; visa centres not read as civilian; "Masar-i-Scharif" unknown). Batch 77
(48, "h77-", regional press from the Caucasus, Central Asia, Iraq, Syria, Libya, Yemen): 1.000 / 0.958 /
0.958 / 1.000 (city 0.825; "14 апр" read as a toll; a football report and a "bombardment" of criticism
read as attacks). Batch 78 (48, "h78-", threats, attempts and attacks: hoaxes, suspicious packages,
defused devices, intercepted drones, duds, foiled plots): 1.000 / 0.979 / 1.000 / 1.000. Batch 79 (48,
"h79-", protests at missions that stay peaceful or turn violent, breaches and gate fires): 1.000 / 0.938 /
1.000 / 0.953 (stones and fireworks read as an accident, a burned flag as arson). Batch 80 (48, "h80-",
diplomats in transit: convoys, motorcades, airports and hotels where delegations stay): 0.952 / 0.979 /
1.000 / 1.000 (an African Union delegation's convoy missed; rockets on an airport before an envoy landed
alerted). Batch 81 (48, "h81-", breaking-news flashes and TV tickers, some in capitals): 1.000 / 0.979 /
0.979 / 0.974. Batch 82 (48, "h82-", state-media vocabulary: martyrs, heroic guards, cowardly terrorist
aggression): 1.000 / 1.000 / 1.000 / 1.000 (killed 0.806: "martyred", "syahid", "استشهد", "cayó mártir"
were no death words). Batch 83 (48, "h83-", code-switched copy: English acronyms and loanwords, Latin
place names inside Arabic and Russian text): 1.000 / 1.000 / 0.979 / 1.000. Batch 84 (48, "h84-",
disasters and accidents with tolls as traps — floods, earthquakes, mine collapses, crushes, crashes — beside
attacks): 1.000 / 0.979 / 0.979 / 1.000 (an Arabic flood that "swept" a town read as a storming). Batch 85
(48, "h85-", smaller capitals and their outlets, tolls in words, honorary consuls): 1.000 / 1.000 / 1.000 /
0.974. Batch 86 (48, "h86-", incidents away from city centres: highways between two towns, border
crossings, airports, ports, checkpoints): 0.955 / 0.958 / 0.979 / 0.973 (city 0.865). Batch 87 (48, "h87-",
explainers, Q&A pieces and timelines, with and without a new incident): 0.979 / 0.958 / 0.979 / 1.000.
Batch 88 (48, "h88-", the sending country's view: its media and foreign ministry on an attack on its own
mission, staff evacuated, closures over threats): 1.000 / 1.000 / 1.000 / 1.000 (injured 0.897). Batch 89
(48, "h89-", attacks on government, infrastructure, religious and military sites with embassies only as
condemners or neighbours): 1.000 / 0.979 / 0.979 / 0.974 (city 0.846: datelines from the capital won).
Batch 90 (48, "h90-", coordinated and multi-site attacks, a ministry bomb that also damaged an embassy):
0.978 / 1.000 / 1.000 / 1.000. Batch 91 (48, "h91-", agency-attributed copy, overnight incidents reported
the next day, local and GMT times): 1.000 / 1.000 / 1.000 / 1.000 (city 0.875). Batch 92 (48, "h92-",
place names in local forms: Turkish suffixes, Arabic clitics, multi-word names): 1.000 / 0.979 / 0.979 /
0.974 (city 0.897). Batch 93 (48, "h93-", nominal, abbreviation-heavy official style): 1.000 / 1.000 /
1.000 / 1.000 (killed 0.939). Batch 94 (48, "h94-", regional outlets on small towns in the Sahel, the
Horn of Africa, Central Asia and Southeast Asia): 0.976 / 1.000 / 1.000 / 1.000 (city 0.763: the capital
named as the region's or the desk's won over the town). Batch 95 (48, "h95-", protests at embassies from
sit-ins and hunger strikes to paint, stones and forced gates): 0.957 / 0.896 / 0.979 / 0.932 (sit-ins and
hunger strikes missed as protests, a burned flag read as arson). Batch 96 (48, "h96-", the incident told
from hospitals, morgues and relatives, the site named later): 0.909 / 0.958 / 0.958 / 1.000 (diplomatic
sites named after the hospital scene read as civilian targets). Batch 97 (48, "h97-", sieges and
hostage situations: day-two updates, negotiations, releases, rescue raids): 0.978 / 0.917 / 0.979 / 1.000.
Batch 98 (48, "h98-", opinion pieces, editorials and analyses about recent embassy attacks, beside reports
ending in analysis): 0.902 / 0.875 / 0.917 / 1.000 — six commentaries that report no new attack were
read as attacks. Batch 99 (48, "h99-", local news from Syria, Iraq, Libya, Yemen and Sudan with al-/el-
names and governorates): 1.000 / 1.000 / 1.000 / 0.947 (city 0.816). Batch 100 (48, "h100-", more
commentary — columns, interviews, think-tank pieces, letters — beside short reports, after the commentary
fix batch 98 prompted): 0.980 / 0.958 / 0.979 / 1.000. Batch 101 (48, "h101-", towns with Arabic-article
names in each language's spelling: Ma'rib, Al Khums, Al Qa'im, Deir ez-Zor): 1.000 / 0.979 / 0.979 /
0.895 (city 0.579). Batch 102 (48, "h102-", a balanced wire day: every type, capitals to small towns,
commentary, protest and disaster traps): 0.978 / 0.938 / 0.979 / 1.000. Batch 103 (48, "h103-", small
towns in Africa, Central Asia and the Middle East in each language's spelling, the capital named as where
officials spoke): 1.000 / 1.000 / 1.000 / 1.000 (city 0.632: the capital won over the town). Batch 104 (48,
"h104-", an ordinary day on the international desks, a third diplomatic attacks; one trial article relabelled
to the corpus convention, `none`): 1.000 / 0.958 / 1.000 / 0.958. Batch 105 (48, "h105-", incidents in
provincial cities and towns, the capital only where officials reacted; UN field offices and aid convoys):
0.957 / 0.979 / 1.000 / 0.979 (city 0.930). Batch 106 (48, "h106-", 24 Arabic and 12 each Turkish and Russian
reports from provincial towns of Sudan, Somalia, Yemen, Libya, the Sahel, Iraq, Syria, Afghanistan and
Pakistan, written after the Arabic consonant-skeleton lookup was built, as its check): 0.957 / 0.979 /
1.000 / 0.979 (city 0.881; the Arabic half 0.857, against 0.762 without the skeleton lookup). Batch 107 (48,
"h107-", agency flashes and first updates of 300-900 characters, tolls revised inside; embassies speaking
after attacks elsewhere, condolences, holiday closures, travel advice): 0.920 / 0.917 / 0.958 / 0.917
(injured 0.875). Batch 108 (48, "h108-", long reports that recall earlier attacks with their tolls, and
analysis pieces): 0.958 / 0.938 / 0.958 / 0.917 (killed 0.792: recalled tolls counted). Batch 109 (48,
"h109-", incidents abroad in each press's own exonyms and transliterations: kidnapped diplomats and aid
workers, convoys, the Sahel, the Horn, the Middle East, Central Asia): 1.000 / 1.000 / 1.000 / 1.000 (city
0.905). Batch 110 (48, "h110-", numbers easy to confuse: guards and drivers among the victims, arrested
suspects, attackers killed, hostages freed, staff evacuated, rockets fired): 1.000 / 0.979 / 1.000 / 1.000
(killed 0.896, injured 0.938). Batch 111 (48, "h111-", an ordinary week of world news: mostly non-incident
stories that name embassies, the UN, wars and security, and a few real attacks): 1.000 / 0.958 / 1.000 / 0.979
(city 0.861). Batch 112 (48, "h112-", attacks told through their aftermath, witnesses, hospitals and revised
tolls; one trial article relabelled to the corpus convention, `none`): 0.980 / 0.958 / 0.979 / 1.000 (injured
0.896). Batch 113 (48, "h113-", the boundaries of the diplomatic target: the ICRC, OSCE, EU, AU and UN
agencies against national Red Crescents, NGOs, private visa centres, honorary consuls robbed at their
businesses and ambassadors' relatives): 0.830 / 0.958 / 1.000 / 0.958 (target 0.771: the writers' own boundary
calls). Batch 114 (48, "h114-", the type to be inferred: blasts first blamed on gas, fires found deliberate or
accidental, deaths found murder or natural, wedding gunfire): 0.826 / 0.812 / 0.875 / 0.833. Batch 115 (48,
"h115-", a balanced wire day again, to check the session's fixes on fresh text): 1.000 / 1.000 / 1.000 / 1.000
(city 0.927). Batch 116 (48, "h116-", each press on its own country and neighbours; a trial and an anniversary
relabelled to the corpus convention, `none`): 0.979 / 0.958 / 1.000 / 0.958 (city 0.857). Batch 117 (48,
"h117-", live blogs: timestamped updates, tolls changing through the day, the latest figure last): 0.980 /
0.979 / 0.958 / 0.979 (injured 0.667: the largest earlier figure was kept). Batch 118 (48, "h118-", unusual
formats: flashes, 'what we know' lists, Q&As, stilted translated copy): 1.000 / 1.000 / 1.000 / 1.000 (injured
0.938). Batch 119 (48, "h119-", a balanced wire day, written after this session's fixes): 1.000 / 0.979 /
1.000 / 0.979 (city 0.854). Batch 120 (48, "h120-", regional and tabloid registers, witnesses, local
nicknames, numbers in words): 1.000 / 1.000 / 1.000 / 1.000 (city 0.977). Batch 121 (48, "h121-", regional
and local press: attacks in provincial towns of Africa, Latin America and Southeast Asia, local officials and
hospitals quoted): 0.980 / 0.979 / 0.979 / 1.000 (city 0.909). Batch 122 (48, "h122-", a balanced wire day,
half attacks on diplomatic sites, half other attacks and look-alike traps): 1.000 / 0.979 / 1.000 / 1.000
(city 0.952). Batch 123 (48, "h123-", short breaking items and the next day's follow-ups that correct the
toll, the place, the type or the target): 0.923 / 0.896 / 0.958 / 0.979 (target 0.875). Batch 124 (48,
"h124-", South and Central Asia, the Caucasus and the Balkans in each press's transliterations): 1.000 /
1.000 / 1.000 / 0.938 (city 0.857). Batch 125 (48, "h125-", a balanced wire day with look-alike traps, written
after the fixes batches 121-124 prompted): 0.980 / 0.979 / 0.979 / 0.958 (city 0.950). Batch 126 (48, "h126-",
attacks on civilians, police and soldiers with tolls given in steps, victims' ages and names): 0.980 / 0.917 /
0.958 / 0.979 (killed 0.875, injured 0.812). Batch 127 (48, "h127-", diplomats attacked away from the
compound, honorary consulates, UN agencies' field offices and convoys): 0.936 / 0.979 / 1.000 / 0.979 (city
0.878). Batch 128 (48, "h128-", Latin America and Europe: grenades, Molotov cocktails, shootings near
embassies, protests; a trial relabelled to the corpus convention, `none`): 0.902 / 0.938 / 0.958 / 0.938
(target 0.812). Batch 129 (48, "h129-", a balanced wire day across all regions, written after the fixes
batches 125-128 prompted): 0.980 / 0.938 / 1.000 / 0.979 (city 0.951). Batch 130 (48, "h130-", the Sahel and
the Horn: UN peacekeepers, aid convoys, army posts, markets): 0.957 / 0.958 / 1.000 / 0.938 (city 0.822).
Batch 131 (48, "h131-", the Middle East: rockets and drones on embassies and bases, interceptions, debris):
0.898 / 0.917 / 0.958 / 0.917 (city 0.756). Batch 132 (48, "h132-", Europe and the Americas: vandalism, arson,
threats, protests at missions, ordinary news naming embassies; a trial relabelled to the corpus convention,
`none`): 0.939 / 0.938 / 0.979 / 0.917 (city 0.878). Batch 133 (48, "h133-", a balanced wire day, written
after all of this session's fixes): 1.000 / 0.979 / 1.000 / 0.979 (city 0.905). Batch 134 (48, "h134-", South
and Southeast Asia and the Pacific): 1.000 / 0.979 / 0.979 / 0.979 (city 0.829). Batch 135 (48, "h135-",
Eastern Europe and the Caucasus: drones, sabotage, arson, shootings and protests at missions, ordinary
diplomatic news; a trial and an anniversary relabelled to the corpus convention, `none`): 0.957 / 0.958 /
1.000 / 0.958 (killed 0.938). Batch 136 (48, "h136-", reports with many numbers: tolls by category, ages,
times, earlier tolls, official against hospital figures): 0.980 / 0.958 / 0.979 / 0.979 (killed 0.917). Batch
137 (48, "h137-", a balanced wire day, after all of this session's fixes; an anniversary and a trial
relabelled to the corpus convention, `none`): 1.000 / 0.979 / 1.000 / 1.000 (city 0.951). Batch 138 (48,
"h138-", consulates in provincial cities of Latin America and Africa, honorary consuls; a trial relabelled):
1.000 / 1.000 / 1.000 / 0.979 (injured 0.896). Batch 139 (48, "h139-", the Middle East and North Africa:
missions in Iraq, Syria, Yemen, Libya, Lebanon, official denials; a trial relabelled): 0.958 / 0.938 / 0.979 /
0.958 (target 0.917). Batch 140 (48, "h140-", Europe and Asia: embassy incidents in capitals, threats,
vandalism, protests, ordinary embassy news): 0.960 / 0.958 / 0.979 / 1.000 (city 0.976).

Batches 141-192 (48 each, "h141-" … "h192-", written by helpers who never saw the code, first run with the
committed code of the moment; trials and anniversaries labelled with the old attack relabelled `none`): 141
balanced wire day 0.980 / 0.979 / 0.979 / 0.979 (city 0.930); 142 West and Central Africa, small towns, UN
posts 0.957 / 0.958 / 1.000 / 0.979 (city 0.905); 143 live updates, revised tolls, corrections 0.980 / 0.958 /
1.000 / 0.979 (killed 0.875); 144 the Americas and Western Europe, honorary consuls, cyberattacks 0.980 /
0.979 / 1.000 / 0.958 (injured 0.917); 145 balanced wire day 1.000 / 1.000 / 1.000 / 1.000; 146 South and
Southeast Asia and the Gulf 0.979 / 1.000 / 1.000 / 1.000 (city 0.884); 147 Eastern Europe, the Caucasus,
Central Asia, denials 0.936 / 0.938 / 0.958 / 0.958; 148 short flashes 1.000 / 0.979 / 1.000 / 1.000; 149
balanced wire day 1.000 / 1.000 / 1.000 / 1.000; 150 Latin America 0.960 / 1.000 / 1.000 / 1.000 (city 0.878);
151 Middle East and North Africa 0.978 / 0.958 / 0.979 / 1.000; 152 features, analysis and interviews 0.902 /
0.854 / 0.896 / 0.875; 153 balanced wire day 1.000 / 0.979 / 1.000 / 1.000; 154 round-ups of several incidents
0.958 / 0.958 / 0.979 / 1.000 (killed 0.833); 155 European capitals 0.960 / 0.979 / 0.979 / 0.979; 156 the
Horn and the Sahel 0.980 / 0.979 / 1.000 / 0.979; 157 balanced wire day 1.000 / 1.000 / 1.000 / 1.000; 158
round-ups and live blogs 1.000 / 0.979 / 1.000 / 1.000 (killed 0.896, injured 0.875); 159 Turkey, Iran,
northern Iraq and Syria 0.980 / 0.958 / 0.979 / 0.938; 160 South and Southeast Asia, local place names 0.933 /
0.979 / 1.000 / 1.000 (city 0.795); 161 balanced wire day 1.000 / 1.000 / 1.000 / 1.000; 162 round-ups with
in-brief sections 1.000 / 0.958 / 0.958 / 0.958; 163 districts and suburbs of big cities 1.000 / 1.000 / 1.000
/ 0.917 (city 0.857); 164 North and West Africa 0.979 / 0.938 / 1.000 / 1.000 (city 0.837); 165 balanced wire
day 1.000 / 1.000 / 1.000 / 0.979; 166 attacks on diplomats away from their missions 0.980 / 0.979 / 0.979 /
1.000; 167 near-misses (threats, hoaxes, drills, cyberattacks, protests) 0.960 / 0.979 / 0.979 / 0.958; 168
the Balkans, the Caucasus and Central Asia 1.000 / 1.000 / 1.000 / 1.000 (city 0.829); 169 balanced wire day
0.980 / 0.958 / 1.000 / 0.979; 170 features, opinion and interviews 0.902 / 0.917 / 0.938 / 0.917; 171 the
Levant, Iraq and the Gulf 1.000 / 0.958 / 1.000 / 1.000 (city 0.881); 172 Latin America 0.979 / 0.979 / 1.000
/ 1.000 (city 0.881); 173 balanced wire day 1.000 / 1.000 / 1.000 / 0.979; 174 obituaries, explainers, opinion
0.875 / 0.792 / 0.875 / 0.833; 175 UN missions, aid agencies, the OSCE 0.958 / 0.979 / 0.979 / 0.958 (target
0.833); 176 reports full of numbers 1.000 / 0.979 / 1.000 / 0.958; 177 balanced wire day 0.980 / 0.979 / 0.979
/ 0.979; 178 regional and provincial press 0.980 / 0.979 / 0.979 / 0.938 (city 0.791); 179 Europe and North
America, hate crimes near missions 0.960 / 0.958 / 1.000 / 1.000; 180 short flashes 1.000 / 0.979 / 1.000 /
1.000; 181 balanced wire day 1.000 / 1.000 / 1.000 / 1.000; 182 a day of diplomatic news 1.000 / 1.000 / 1.000
/ 0.979; 183 Africa, small towns and UN bases 1.000 / 0.938 / 1.000 / 1.000 (city 0.864); 184 Asia-Pacific
consulates 0.980 / 0.979 / 0.979 / 0.979; 185 balanced wire day 1.000 / 0.979 / 1.000 / 1.000; 186 corrections
and retractions of first reports 0.852 / 0.833 / 0.896 / 0.833 (target 0.729); 187 the Middle East and Central
Asia 1.000 / 1.000 / 1.000 / 1.000 (target 0.917); 188 Latin America, the Caribbean and Southern Europe 0.980
/ 0.938 / 1.000 / 0.938; 189 balanced wire day 0.980 / 0.958 / 1.000 / 0.958; 190 corrections and retractions,
a second batch 0.863 / 0.896 / 0.938 / 0.938 (target 0.812); 191 features, obituaries, interviews, trials
0.897 / 0.958 / 0.979 / 0.979; 192 provincial towns under capital datelines 1.000 / 1.000 / 1.000 / 1.000
(city 0.837).

Batches 193-224 (48 each, written by helpers who never saw the code, first run with the committed code of the
moment; trials, anniversaries and a prosecutor's demand labelled with the old attack relabelled `none`): 193
balanced wire day 0.979 / 0.979 / 1.000 / 1.000; 194 corrections and retractions, a third batch 0.846 / 0.750
/ 0.792 / 0.792 (target 0.771); 195 live blogs and revised tolls 1.000 / 0.979 / 0.979 / 0.979 (injured
0.875); 196 South and Southeast Asia 1.000 / 1.000 / 1.000 / 1.000 (city 0.854); 197 balanced wire day 1.000 /
0.958 / 1.000 / 0.979; 198 Africa: small towns, camps, UN and AU bases 0.909 / 1.000 / 1.000 / 1.000 (city
0.833); 199 Europe and the Americas: knives, arson, hate crimes near missions 0.917 / 0.958 / 1.000 / 1.000
(injured 0.896); 200 features, trials and anniversaries mixed with attack reports 0.980 / 0.979 / 0.979 /
0.979; 201 balanced wire day 1.000 / 0.958 / 1.000 / 1.000; 202 corrections: partly confirmed attacks 0.810 /
0.750 / 0.833 / 0.833 (killed 0.667); 203 attacks on diplomats away from their missions 1.000 / 1.000 / 1.000
/ 0.979 (injured 0.938); 204 the Middle East and North Africa, militia claims and denials 0.958 / 0.958 /
0.979 / 0.938 (target 0.896); 205 balanced wire day 1.000 / 1.000 / 1.000 / 1.000; 206 corrections: headlines
that deny a detail 0.800 / 0.771 / 0.833 / 0.812 (target 0.729); 207 Latin America and the Caribbean 0.960 /
0.979 / 0.979 / 0.958 (target 0.938); 208 short flashes 1.000 / 0.979 / 0.979 / 0.979 (injured 0.938); 209
corrections: denied targets, hoaxes 0.836 / 0.750 / 0.875 / 0.771 (target 0.667); 210 Europe, the Caucasus and
Central Asia 0.939 / 0.958 / 1.000 / 0.958 (city 0.929); 211 analysis, interviews and features 0.857 / 0.833 /
0.917 / 0.917 (target 0.875); 212 balanced wire day 1.000 / 1.000 / 1.000 / 1.000; 213 balanced wire day 0.980
/ 0.979 / 1.000 / 1.000; 214 corrections: denied targets, tolls and authorship 0.857 / 0.896 / 0.896 / 0.896
(injured 0.771); 215 features on embassy security recalling old attacks 0.939 / 0.938 / 0.938 / 0.938 (target
0.917); 216 regional press in Africa and Asia 1.000 / 0.979 / 1.000 / 0.958 (city 0.929); 217 balanced wire
day 1.000 / 1.000 / 1.000 / 1.000; 218 corrections: mixed confirmed and denied details 0.844 / 0.833 / 0.875 /
0.833 (target 0.750); 219 Latin America, the Caribbean and Southern Europe 0.980 / 0.938 / 1.000 / 0.958
(injured 0.875); 220 features, obituaries, anniversaries, interviews and trials 0.955 / 0.958 / 0.958 / 0.958
(city 0.939); 221 balanced wire day 0.980 / 0.979 / 1.000 / 0.979; 222 corrections: denied details, hoaxes,
denied targets 0.846 / 0.854 / 0.875 / 0.875 (target 0.729); 223 the Middle East and North Africa: militia
claims, drones, rockets 0.978 / 1.000 / 1.000 / 0.958 (city 0.886); 224 round-ups and live blogs 0.980 / 0.958
/ 0.979 / 0.979 (injured 0.833).

Batches 225-236 (same way; first run with the compiled build, which gives the pure-Python records): 225
balanced wire day 1.000 / 1.000 / 1.000 / 1.000; 226 corrections: denied targets where a real attack happened
elsewhere, denied tolls 0.746 / 0.875 / 0.917 / 0.938 (target 0.708); 227 small towns and villages far from
capitals, under capital datelines 1.000 / 0.938 / 0.979 / 0.979 (city 0.512: most of the towns are not in the
gazetteer); after the headline rule for spared sites, 228 balanced wire day 0.980 / 0.958 / 1.000 / 1.000; 229
corrections: headlines that deny an embassy was hit while another site was, denied tolls, retracted first
reports 0.727 / 0.792 / 0.812 / 0.854 (target 0.688, killed 0.708); 230 live blogs, round-ups and revised
tolls 1.000 / 1.000 / 1.000 / 1.000 (killed 0.917); after the rules for negated sites, denied attack words and
"ne … que", 231 balanced wire day 1.000 / 0.979 / 1.000 / 1.000; 232 corrections: retracted first reports,
drills and accidents mistaken for attacks, embassies denying they were hit 0.863 / 0.917 / 0.938 / 0.938
(target 0.854); 233 features, analyses and interviews recalling past embassy attacks 0.923 / 0.896 / 0.917 /
0.938 (before the time-anchor rule it prompted; 0.980 after); 234 balanced wire day 1.000 / 0.979 / 1.000 /
0.979; 235 obituaries, explainers and opinion pieces mixed with attack reports 1.000 / 1.000 / 1.000 / 1.000
(killed 0.938); 236 attacks next to embassies on other targets, mixed with attacks on missions 0.980 / 1.000 /
1.000 / 1.000.

Batches 237-239: 237 balanced wire day 1.000 / 0.938 / 0.958 / 0.938 (target 0.938); 238 regional press: small
towns, villages and provinces 1.000 / 0.979 / 1.000 / 0.958 (city 0.805); 239 follow-ups: revised tolls,
corrected first reports, headlines joining two facts 0.906 / 0.958 / 1.000 / 0.938 (target 0.896, injured
0.833); after the rules they prompted (comma-joined headlines, revised tolls, ruled-out criminal causes), 240
balanced wire day 1.000 / 1.000 / 1.000 / 0.979 (city 0.905); 241 corrections and retractions 0.917 / 0.896 /
0.958 / 0.958 (killed 0.854); 242 figurative language in politics, sport, markets and culture beside attack
reports 0.923 / 0.833 / 0.854 / 0.833 (target 0.854); after the rules for short quotations and market
vocabulary, 243 balanced wire day 0.979 / 1.000 / 1.000 / 0.979 (target 0.958); 244 figurative language, a
second batch, many of the figures about ambassadors 0.873 / 0.833 / 0.833 / 0.833 (target 0.833); 245
second-day stories: rising and revised tolls, funerals, arrests 0.958 / 0.896 / 0.958 / 0.979 (killed
0.875); after the trace rule for figures of speech, 246 balanced wire day 0.979 / 0.958 / 1.000 / 0.979 (city
0.927); 247 short flashes and briefs (120-500 characters) 1.000 / 0.979 / 1.000 / 0.979 (injured 0.917); 248
regional press: UN missions, peacekeepers, aid convoys and consulates in provincial towns 1.000 / 1.000 /
1.000 / 1.000 (city 0.925; Naqoura, the UNIFIL headquarters, is missing from the gazetteer); after the
gazetteer's extra towns and the rule for thwarted plots, 250 corrections and denials 0.939 / 0.938 / 0.958 /
0.938 (target 0.875, killed 0.854); 251 features, interviews and anniversaries published today, beside attack
reports 0.941 / 0.917 / 0.938 / 0.917 (killed 0.896); 249 balanced wire day 0.980 / 0.979 / 0.979 / 1.000
(city 0.927); after the rules for anniversary days and remembered attacks, 252 balanced wire day 0.979 / 0.979
/ 0.979 / 1.000 (city 0.925); 253 Europe and North America: vandalism, knives, firebombs and protests at
missions 0.958 / 0.938 / 1.000 / 0.979 (target 0.958); 254 Asia-Pacific and Latin America: consulates,
kidnappings, gang violence near missions 0.960 / 1.000 / 1.000 / 0.979 (target 0.938); after the rule for
sites that locate a mission, 255 balanced wire day 0.979 / 0.979 / 1.000 / 1.000; 257 figurative language, a
third batch, with short plain attack reports 0.980 / 0.979 / 0.979 / 0.979; 256 the Middle East, North
Africa and the Sahel: rockets, drones, IEDs, militia claims and denials 0.980 / 0.979 / 0.979 / 0.938;
after the rule for denials of the event itself, 258 balanced wire day 1.000 / 1.000 / 1.000 / 1.000 (city
0.951); 260 Europe, the Caucasus and Central Asia 1.000 / 1.000 / 1.000 / 0.979 (city 0.950); 259 militia
claims, disputed authorship, hoaxes and unverified reports 0.913 / 0.979 / 0.979 / 0.979 (target 0.917, city
0.872); after the rules for peacekeepers and denied participles, 261 balanced wire day 1.000 / 1.000 / 1.000 /
1.000; 262 claims and counter-claims, unverified tolls beside official ones 0.960 / 0.958 / 0.958 / 0.958
(killed 0.854); 263 reports that mention an earlier attack as context 0.857 / 0.833 / 0.875 / 0.917; after
the "months after" cues, 264 balanced wire day 1.000 / 1.000 / 1.000 / 1.000 (city 0.929); 265 follow-ups
(funerals, arrests, security upgrades, reactions) labelled as no incident, a second batch on earlier attacks
as context 0.842 / 0.792 / 0.833 / 0.854 (batch 245 labelled such funerals as news of the attack: the two
disagree); 266 threats, hoaxes and near-misses 0.958 / 0.938 / 0.979 / 0.979."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from domain.classify import get_classifier
from schemas.incident import IncidentRecord

FIXTURE = Path(__file__).with_name("heldout.jsonl")
SEVERITY = ["low", "medium", "high", "critical"]
LANGUAGES = {"en", "id", "ar", "fr", "es", "ru", "de", "tr"}


def _rows() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def results() -> list[tuple[dict, IncidentRecord]]:
    classifier = get_classifier()
    out = []
    for row in _rows():
        article = {k: v for k, v in row.items() if k != "expected"}
        out.append((row["expected"], classifier.classify(article)))
    return out


def test_fixture_is_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 64
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["language"] for r in rows} == LANGUAGES
    for row in rows:
        want = row["expected"]
        assert want["severity"] in SEVERITY
        if want["incident_type"] == "none":
            assert want["country_code"] is None and want["killed"] is None and want["injured"] is None


def test_heldout_meets_targets(results: list[tuple[dict, IncidentRecord]]) -> None:
    tp = fp = fn = 0
    type_hits: list[bool] = []
    severity_hits: list[bool] = []
    country_hits: list[bool] = []
    for want, got in results:
        tp += want["alert"] and got.alert
        fp += (not want["alert"]) and got.alert
        fn += want["alert"] and not got.alert
        type_hits.append(got.incident_type == want["incident_type"])
        severity_hits.append(abs(SEVERITY.index(got.severity) - SEVERITY.index(want["severity"])) <= 1)
        if want["country_code"]:
            country_hits.append((got.location.country_code or "").upper() == want["country_code"].upper())
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    assert f1 >= 0.95, f"alert F1 {f1:.3f}"
    assert sum(type_hits) / len(type_hits) >= 0.90
    assert sum(severity_hits) / len(severity_hits) >= 0.95
    assert sum(country_hits) / len(country_hits) >= 0.95


def test_heldout_casualties_mostly_right(results: list[tuple[dict, IncidentRecord]]) -> None:
    """Counts are not a hidden-corpus target, but a drop here shows a broken casualty rule."""
    exact = [
        (got.casualties.killed, got.casualties.injured) == (want["killed"], want["injured"])
        for want, got in results
    ]
    assert sum(exact) / len(exact) >= 0.8
