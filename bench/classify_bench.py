"""Classifier benchmark: throughput on ~2 KB articles, peak RSS, and start-up time.

    .venv/bin/python bench/classify_bench.py [--runs 5] [--articles 2000] [--startup-runs 5]

Two article sets, both built here so the numbers do not depend on any external corpus:
  * incident-heavy: the unit-test articles (attacks, traps; our own text) padded to ~2 KB with
    their own sentences — every article goes through place, casualty and facility extraction;
  * mixed: one of those in five, the rest ordinary news (economy, sport, weather, politics)
    composed from the sentence pools below, as a real feed looks: most news is not an incident.

It measures the classifier build the process loads (see `domain/native.py`): the compiled one when
`./dev install` could build it, else pure Python; `NEWSALERT_PURE_PYTHON=1` measures pure Python.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from domain.classify import get_classifier  # noqa: E402
from domain.native import classifier_build, pure_python_requested  # noqa: E402
from tests.unit.classify.articles import ARTICLES, SEED_LIKE_ID  # noqa: E402

# Ordinary news sentences (our own words), {n} is replaced by a number.
ORDINARY: dict[str, list[str]] = {
    "en": [
        "The central bank kept its benchmark rate at {n} percent on Thursday, citing steady inflation.",
        "Shares of the carmaker rose after it reported a quarterly profit above analysts' forecasts.",
        "The city council approved a new budget that adds {n} buses to the public transport fleet.",
        "Forecasters expect light rain over the weekend and temperatures around {n} degrees.",
        "The national team won the friendly match and will travel to the tournament next month.",
        "Parliament debated the education bill for several hours before adjourning until Tuesday.",
        "A new museum of modern art opened its doors to visitors in the old harbour district.",
        "The ministry said exports of coffee and tea grew by {n} percent compared with last year.",
    ],
    "id": [
        "Bank sentral mempertahankan suku bunga acuan di level {n} persen pada Kamis.",
        "Harga saham perusahaan otomotif itu naik setelah laporan laba kuartalan diumumkan.",
        "Pemerintah kota menyetujui anggaran baru untuk menambah {n} bus angkutan umum.",
        "Badan cuaca memperkirakan hujan ringan pada akhir pekan di sebagian besar wilayah.",
        "Tim nasional memenangkan laga persahabatan dan akan berangkat ke turnamen bulan depan.",
        "Menteri pendidikan meresmikan sekolah baru yang mampu menampung {n} siswa.",
    ],
    "ar": [
        "أبقى البنك المركزي سعر الفائدة الرئيسي عند {n} في المئة يوم الخميس.",
        "ارتفعت أسهم شركة السيارات بعد إعلان أرباح فصلية فاقت التوقعات.",
        "وافق المجلس البلدي على ميزانية جديدة تضيف {n} حافلة إلى أسطول النقل العام.",
        "تتوقع الأرصاد الجوية أمطارا خفيفة خلال عطلة نهاية الأسبوع.",
        "افتتح وزير الثقافة معرضا جديدا للكتاب بمشاركة عشرات دور النشر.",
    ],
    "fr": [
        "La banque centrale a maintenu son taux directeur à {n} % jeudi, citant une inflation stable.",
        "L'action du constructeur automobile a progressé après la publication de ses résultats.",
        "Le conseil municipal a adopté un budget qui ajoute {n} bus au réseau de transport.",
        "Les prévisionnistes annoncent de légères pluies ce week-end sur une grande partie du pays.",
        "Un nouveau musée d'art moderne a ouvert ses portes dans l'ancien quartier du port.",
    ],
    "es": [
        "El banco central mantuvo su tipo de interés en el {n} % el jueves, citando una inflación estable.",
        "Las acciones del fabricante de automóviles subieron tras presentar sus resultados trimestrales.",
        "El ayuntamiento aprobó un presupuesto que añade {n} autobuses a la red de transporte.",
        "Los meteorólogos prevén lluvias ligeras durante el fin de semana en gran parte del país.",
        "Un nuevo museo de arte moderno abrió sus puertas en el antiguo barrio del puerto.",
    ],
    "ru": [
        "Центральный банк сохранил ключевую ставку на уровне {n} процентов в четверг.",
        "Акции автопроизводителя выросли после публикации квартальной отчетности.",
        "Городской совет утвердил бюджет, который добавит {n} автобусов в парк общественного транспорта.",
        "Синоптики ожидают небольшой дождь в выходные в большей части страны.",
        "В старом портовом районе открылся новый музей современного искусства.",
    ],
    "de": [
        "Die Zentralbank hat den Leitzins am Donnerstag bei {n} Prozent belassen.",
        "Die Aktie des Autobauers stieg, nachdem das Unternehmen seine Quartalszahlen vorgelegt hatte.",
        "Der Stadtrat hat einen Haushalt beschlossen, der {n} neue Busse für den Nahverkehr vorsieht.",
        "Die Meteorologen erwarten am Wochenende leichten Regen in weiten Teilen des Landes.",
        "Im alten Hafenviertel hat ein neues Museum für moderne Kunst eröffnet.",
    ],
    "tr": [
        "Merkez bankası perşembe günü politika faizini yüzde {n} seviyesinde sabit tuttu.",
        "Otomobil üreticisinin hisseleri çeyrek sonuçlarının açıklanmasının ardından yükseldi.",
        "Belediye meclisi toplu taşıma filosuna {n} yeni otobüs ekleyen bütçeyi onayladı.",
        "Meteoroloji hafta sonu ülkenin büyük bölümünde hafif yağmur bekliyor.",
        "Eski liman bölgesinde yeni bir modern sanat müzesi ziyaretçilere kapılarını açtı.",
    ],
}
TITLES = {
    "en": "Markets, city budget and weather",
    "id": "Ekonomi, anggaran kota dan cuaca",
    "ar": "الاقتصاد وميزانية المدينة والطقس",
    "fr": "Marchés, budget municipal et météo",
    "es": "Mercados, presupuesto municipal y tiempo",
    "ru": "Рынки, городской бюджет и погода",
    "de": "Märkte, Stadthaushalt und Wetter",
    "tr": "Piyasalar, belediye bütçesi ve hava durumu",
}


def make_articles(count: int, size: int = 2048) -> list[dict[str, str]]:
    """Incident-heavy set: every unit-test article in turn, padded to `size` characters."""
    bases = [SEED_LIKE_ID, *({"id": k, **v} for k, v in ARTICLES.items())]
    out: list[dict[str, str]] = []
    for index in range(count):
        base = bases[index % len(bases)]
        body = base["body"]
        while len(body) < size:
            body += "\n" + base["body"]
        out.append({**base, "id": f"bench-{index}", "body": body[:size]})
    return out


def make_ordinary(index: int, rng: random.Random, size: int = 2048) -> dict[str, str]:
    """One ~2 KB ordinary (non-incident) article in one of the eight languages."""
    language = sorted(ORDINARY)[index % len(ORDINARY)]
    sentences: list[str] = []
    while sum(len(s) + 1 for s in sentences) < size:
        sentences.append(rng.choice(ORDINARY[language]).format(n=rng.randint(2, 950)))
        if len(sentences) % 3 == 0:
            sentences[-1] += "\n"
    body = " ".join(sentences).replace("\n ", "\n")[:size]
    return {"id": f"news-{index}", "language": language, "title": TITLES[language], "body": body}


def make_mixed(count: int, incident_share: int = 5) -> list[dict[str, str]]:
    """Mixed set: one incident-heavy article in `incident_share`, the rest ordinary news."""
    rng = random.Random(20240601)
    incidents = make_articles(count // incident_share + 1)
    return [
        incidents[index // incident_share] if index % incident_share == 0 else make_ordinary(index, rng)
        for index in range(count)
    ]


def throughput(articles: list[dict[str, str]], runs: int) -> tuple[float, float]:
    """(articles per CPU second, articles per wall-clock second), medians over `runs`.

    CPU time is the figure to compare: the classifier is single-threaded CPU work, and on a shared
    machine wall-clock time also counts the time other processes hold the core."""
    classifier = get_classifier()
    for article in articles[:50]:  # warm-up (each language's lexicon compiles on its first article)
        classifier.classify(article)
    cpu_rates, wall_rates = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        for article in articles:
            classifier.classify(article)
        cpu_rates.append(len(articles) / (time.process_time() - cpu))
        wall_rates.append(len(articles) / (time.perf_counter() - wall))
    return statistics.median(cpu_rates), statistics.median(wall_rates)


def reference_loop(runs: int = 7) -> float:
    """Milliseconds for `sum(range(10**6))`, median: a yardstick of this machine's pure-Python speed,
    printed so that figures from different machines can be compared with each other."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        sum(range(10**6))
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def startup(runs: int) -> float:
    code = "from domain.classify import get_classifier; get_classifier()"
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _build_note() -> str:
    """Which classifier build ran, and how to measure the other one."""
    build = classifier_build()
    if build != "pure Python":
        return f"{build}  (NEWSALERT_PURE_PYTHON=1 measures pure Python)"
    if pure_python_requested():
        return "pure Python  (NEWSALERT_PURE_PYTHON is set)"
    return "pure Python  (no current compiled build: ./dev install makes one)"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--startup-runs", type=int, default=5)
    args = parser.parse_args()
    heavy = make_articles(args.articles)
    mixed = make_mixed(args.articles)
    rng = random.Random(20240602)
    ordinary = [make_ordinary(index, rng) for index in range(args.articles)]
    classifier = get_classifier()
    share = sum(classifier.classify(a).incident_type != "none" for a in mixed) / len(mixed)
    heavy_share = sum(classifier.classify(a).incident_type != "none" for a in heavy) / len(heavy)
    mean_size = statistics.mean(len(a["title"]) + len(a["body"]) for a in heavy + mixed)
    heavy_rate = throughput(heavy, args.runs)
    mixed_rate = throughput(mixed, args.runs)
    ordinary_rate = throughput(ordinary, args.runs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    start = startup(args.startup_runs)
    rows = [
        ("articles / run", f"{len(heavy)} per set (mean {mean_size:.0f} chars), median of {args.runs} runs"),
        ("incident-heavy", f"{heavy_rate[0]:,.0f} articles/s CPU, {heavy_rate[1]:,.0f} wall"),
        ("", f"({heavy_share:.0%} classified as incidents)"),
        ("mixed (1 in 5)", f"{mixed_rate[0]:,.0f} articles/s CPU, {mixed_rate[1]:,.0f} wall"),
        ("", f"({share:.0%} classified as incidents)"),
        ("no incident", f"{ordinary_rate[0]:,.0f} articles/s CPU, {ordinary_rate[1]:,.0f} wall"),
        ("target", ">= 2,000 articles/s on one core"),
        ("classifier build", _build_note()),
        ("peak RSS", f"{peak_mb:,.0f} MB  (target <= 300)"),
        ("start-up (median)", f"{start:.2f} s  (target < 1.5)"),
        ("machine yardstick", f"sum(range(10**6)) takes {reference_loop():.1f} ms here"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"{'metric':<{width}}  value")
    print(f"{'-' * width}  {'-' * 40}")
    for key, value in rows:
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
