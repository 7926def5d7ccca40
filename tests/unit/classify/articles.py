# ruff: noqa: E501  (test articles are prose; wrapping them would only hurt readability)
"""Articles written for these tests (own words), one or more per language and trap."""

from __future__ import annotations

SEED_LIKE_ID = {
    "id": "own-seed",
    "language": "id",
    "title": "",
    "body": (
        "WARTAKITA.ID - Sejumlah roket diluncurkan ke arah kompleks kedutaan besar Amerika Serikat di Baghdad "
        "pada Jumat dini hari. Hingga kini dilaporkan tidak ada korban jiwa.\n"
        "Dentuman terdengar di sekitar Zona Hijau ibu kota Irak, kawasan yang dijaga ketat.\n"
        "Serangan terhadap pasukan AS meningkat setelah Washington mendukung operasi Israel di Gaza.\n"
        "BACA JUGA:Ledakan Bom di Gereja Filipina Tewaskan Empat Orang\n"
        "Aparat keamanan Irak menyebut 12 roket Katyusha ditembakkan dan beberapa jatuh di dekat gerbang kedutaan, "
        "sebagian lain tercebur ke Sungai Tigris.\n"
        "Serangan itu menimbulkan kerusakan material, namun tidak ada korban jiwa.\n"
        "Juru bicara kedutaan menyebut milisi yang bersekutu dengan Iran berada di balik serangan itu.\n"
        "Sejak Oktober, pasukan AS di Irak dan Suriah telah diserang puluhan kali dan lebih dari 50 personel cedera.\n"
        "BACA JUGA: Israel Perintahkan Evakuasi Warga Gaza\n"
        "Teheran membantah memberi perintah kepada kelompok-kelompok tersebut."
    ),
}

ARTICLES: dict[str, dict[str, str]] = {
    # ---- real attacks on diplomatic sites
    "en_truck_bomb": {
        "language": "en",
        "title": "Car bomb explodes outside Japanese embassy in Dhaka, killing three",
        "body": (
            "DHAKA, March 3 — A car packed with explosives blew up at the gate of the Japanese embassy in Dhaka "
            "on Tuesday, killing three guards and wounding 14 passers-by, police said. The blast shattered "
            "windows along the avenue. Read also: Twenty killed in market bombing in Karachi"
        ),
    },
    "fr_shooting": {
        "language": "fr",
        "title": "Nairobi : des tirs visent l'ambassade de Suède, un gendarme blessé",
        "body": (
            "NAIROBI – Un homme armé a ouvert le feu jeudi devant l'ambassade de Suède à Nairobi, blessant un "
            "policier kényan avant de prendre la fuite, selon la police. Aucun diplomate n'a été touché.\n"
            "Lire aussi : Trois morts dans un attentat à Mogadiscio"
        ),
    },
    "es_arson": {
        "language": "es",
        "title": "Manifestantes incendian la embajada de Francia en Niamey",
        "body": (
            "NIAMEY, 30 de julio. Cientos de manifestantes prendieron fuego a la puerta de la embajada de Francia "
            "en Niamey este domingo. No hubo heridos, según fuentes diplomáticas. La policía dispersó a la "
            "multitud con gases lacrimógenos."
        ),
    },
    "de_storming": {
        "language": "de",
        "title": "Demonstranten stürmen schwedische Botschaft in Bagdad",
        "body": (
            "BAGDAD – Hunderte Demonstranten haben in der Nacht die schwedische Botschaft in Bagdad gestürmt und "
            "Feuer gelegt. Die Mitarbeiter waren nach Angaben des Außenministeriums in Stockholm in Sicherheit, "
            "verletzt wurde niemand."
        ),
    },
    "ru_rockets": {
        "language": "ru",
        "title": "Посольство США в Багдаде обстреляли ракетами",
        "body": (
            "БАГДАД, 5 января. Три ракеты упали на территории посольства США в Багдаде, сообщили источники в "
            "иракской полиции. Жертв нет, зданию причинен ущерб. Читайте также: Взрыв в Кабуле унес жизни "
            "двадцати человек"
        ),
    },
    "tr_kabul": {
        "language": "tr",
        "title": "Kabil'de Pakistan Büyükelçiliğine silahlı saldırı: iki yaralı",
        "body": (
            "Afganistan'ın başkenti Kabil'de Pakistan Büyükelçiliği'ne silahlı saldırı düzenlendi. Saldırıda iki "
            "güvenlik görevlisi yaralandı. Ayrıca okuyun: Pazar yerinde patlama: 12 ölü"
        ),
    },
    "ar_mortar": {
        "language": "ar",
        "title": "سقوط قذائف هاون قرب السفارة الروسية في دمشق",
        "body": (
            "دمشق - سقطت قذيفتا هاون صباح اليوم داخل مجمع السفارة الروسية في دمشق، ما أدى إلى إصابة ٣ أشخاص "
            "بجروح طفيفة وإلحاق أضرار بالمبنى، بحسب مصدر في الشرطة."
        ),
    },
    "id_grenade": {
        "language": "id",
        "title": "Granat Dilempar ke Konsulat Jenderal Inggris di Medan, Dua Penjaga Terluka",
        "body": (
            "MEDAN — Orang tak dikenal melemparkan granat ke halaman Konsulat Jenderal Inggris di Medan pada Rabu "
            "malam. Dua penjaga keamanan terluka terkena serpihan dan dilarikan ke rumah sakit. Polisi masih "
            "memburu pelaku."
        ),
    },
    # ---- traps
    "en_anniversary": {
        "language": "en",
        "title": "Beirut marks 40 years since the bombing of the U.S. embassy",
        "body": (
            "BEIRUT — Families gathered on Tuesday to commemorate the anniversary of the 1983 suicide bombing of "
            "the U.S. embassy in Beirut, which killed 63 people. Wreaths were laid at the memorial."
        ),
    },
    "en_drill": {
        "language": "en",
        "title": "Embassy staff in Oslo take part in evacuation drill",
        "body": (
            "OSLO — Staff at the Canadian embassy in Oslo took part in a planned evacuation drill on Thursday, "
            "simulating a bomb attack. Police said the exercise went smoothly and no one was hurt."
        ),
    },
    "en_trial": {
        "language": "en",
        "title": "Court sentences two men over 2016 attack on consulate",
        "body": (
            "A court in Istanbul on Monday sentenced two men to life in prison for the 2016 gun attack on a "
            "consulate that killed a guard. Prosecutors said the verdict closed a long trial."
        ),
    },
    "en_film": {
        "language": "en",
        "title": "New thriller about an embassy siege premieres in Cannes",
        "body": (
            "CANNES — A film about gunmen storming an embassy and taking hostages premiered on Friday, directed by "
            "a first-time director. Critics praised the cast; the box office run starts next month."
        ),
    },
    "en_metaphor": {
        "language": "en",
        "title": "Minister attacks the policy of the opposition",
        "body": (
            "LONDON — The foreign minister launched a blistering attack on the opposition's immigration plans on "
            "Wednesday, saying they would damage Britain's standing with embassies abroad. Opposition MPs fired "
            "back in parliament."
        ),
    },
    "en_heart_attack": {
        "language": "en",
        "title": "Veteran ambassador dies of heart attack at 71",
        "body": (
            "The former ambassador to Egypt died of a heart attack at his home on Sunday, his family said. He "
            "served at the embassy in Cairo for a decade."
        ),
    },
    "en_foiled": {
        "language": "en",
        "title": "Police foil plot to bomb Israeli embassy in Bangkok",
        "body": (
            "BANGKOK — Thai police said on Saturday they had foiled a plot to bomb the Israeli embassy in Bangkok "
            "after arresting two suspects with explosives in a rented flat. No attack took place and no one was "
            "hurt."
        ),
    },
    "id_football": {
        "language": "id",
        "title": "Timnas Menang 3-1, Serangan Balik Jadi Kunci",
        "body": (
            "JAKARTA — Tim nasional menang 3-1 atas Vietnam di Stadion Gelora Bung Karno. Serangan balik cepat "
            "menghasilkan dua gol di babak kedua, sementara lawan terus menggempur pertahanan. Pelatih memuji "
            "para pemain dan suporter."
        ),
    },
    "es_football": {
        "language": "es",
        "title": "El Sevilla asalta el estadio del Betis con un disparo de Navas",
        "body": (
            "SEVILLA, 3 de marzo. El Sevilla ganó 0-1 el derbi gracias a un disparo de Navas en el minuto 80. El "
            "entrenador celebró la victoria con la afición en el estadio."
        ),
    },
    "tr_politics": {
        "language": "tr",
        "title": "Bakan muhalefeti topa tuttu",
        "body": (
            "Dışişleri Bakanı, Meclis'te bütçe görüşmelerinde muhalefete ateş püskürdü ve büyükelçilerin "
            "açıklamasını eleştirdi."
        ),
    },
    "fr_celebration": {
        "language": "fr",
        "title": "L'ambassade d'Italie à Tunis fête la Journée de la République",
        "body": "TUNIS – L'ambassade d'Italie a organisé une réception pour la fête nationale en présence de diplomates.",
    },
    "de_suspicious": {
        "language": "de",
        "title": "Verdächtiger Brief an US-Konsulat in Hamburg – Gebäude geräumt",
        "body": (
            "HAMBURG – Wegen eines verdächtigen Briefes ist das US-Generalkonsulat in Hamburg am Dienstag geräumt "
            "worden. Spezialisten gaben am Nachmittag Entwarnung. Verletzt wurde niemand."
        ),
    },
    "ar_protest": {
        "language": "ar",
        "title": "وقفة احتجاجية سلمية أمام السفارة الفرنسية في الرباط",
        "body": "الرباط - نظم مئات المحتجين وقفة احتجاجية سلمية أمام السفارة الفرنسية في الرباط ورددوا هتافات قبل أن يتفرقوا بهدوء.",
    },
    "ru_cyber": {
        "language": "ru",
        "title": "Хакеры атаковали сайт министерства обороны Эстонии",
        "body": "ТАЛЛИН, 2 мая. Хакеры вывели из строя сайт министерства обороны Эстонии, сообщили в ведомстве.",
    },
    "en_market": {
        "language": "en",
        "title": "Missile strike on market in Kharkiv kills 12",
        "body": (
            "KYIV, May 25 — A Russian missile hit a crowded market in Kharkiv on Saturday, killing 12 people and "
            "injuring 43, regional officials said."
        ),
    },
    "ar_numbers": {
        "language": "ar",
        "title": "مقتل ١٢ شخصا في تفجير انتحاري استهدف مسجدا في كويتا",
        "body": "كويتا - قتل ١٢ شخصا وأصيب ٣٠ آخرون في تفجير انتحاري استهدف مسجدا في مدينة كويتا الباكستانية يوم الجمعة.",
    },
}
