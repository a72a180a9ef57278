#!/usr/bin/env python3
"""Deterministic, checksum-valid INN/OGRN for the dev sample directory.

The dev data in src/main/resources/db/dev/R__dev_irkutsk.sql describes real
Irkutsk oblast bodies and institutions, but their INN and OGRN are *generated*
here, not the real ones: they pass the checksums the API validates, start with
the Irkutsk prefixes (INN 38xx, OGRN region 38), and are derived from a stable
key per organisation, so running this again gives the same numbers.
They may coincide by chance with some real registration; they must never be
used outside dev and test.

Usage:
    python3 tools/generate_dev_ids.py                 # table: key, INN, OGRN
    python3 tools/generate_dev_ids.py --sql           # the same as SQL comments
    python3 tools/generate_dev_ids.py --verify FILE   # check every INN/OGRN in FILE

--verify finds every quoted 10-digit value starting with 38 (INN) and every
quoted 13-digit value (OGRN) in the file, checks checksums, the 38 prefixes and
uniqueness, and reports generated numbers missing from the file. Exit code 1
on any error.

Algorithms:
  INN (legal entity, 10 digits): check digit = sum(d[i] * w[i], i < 9) mod 11 mod 10,
      w = 2, 4, 10, 3, 5, 9, 4, 6, 8.
  OGRN (13 digits): S YY RR II NNNNN C; check digit = (first 12 digits as a number) mod 11 mod 10.
      S = 1 (legal entity OGRN), YY = year of registration, RR = region (38), II = tax office.
"""

import hashlib
import re
import sys

INN_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)

# key -> (INN tax-office code "38xx", OGRN year "YY", OGRN tax-office "II")
# The key is a stable name for the organisation; change it and its numbers change.
ORGANISATIONS = {
    # regional government and ministries (Irkutsk)
    "gov-irkutsk-oblast": ("3808", "02", "01"),
    "min-health": ("3808", "02", "01"),
    "min-education": ("3808", "08", "08"),
    "min-construction": ("3808", "12", "50"),
    "min-housing-energy": ("3808", "19", "50"),
    "min-transport-roads": ("3808", "19", "50"),
    "min-social": ("3808", "08", "08"),
    "min-forestry": ("3808", "08", "08"),
    "min-agriculture": ("3808", "08", "08"),
    "min-culture": ("3808", "08", "08"),
    "min-sport": ("3808", "12", "50"),
    "min-nature-ecology": ("3808", "08", "08"),
    "min-economy": ("3808", "08", "08"),
    "min-digital": ("3808", "18", "50"),
    # local governments
    "adm-irkutsk": ("3808", "02", "01"),
    "adm-angarsk": ("3801", "15", "50"),
    "adm-bratsk": ("3803", "02", "00"),
    "adm-ust-ilimsk": ("3817", "02", "02"),
    "adm-shelekhov-district": ("3821", "02", "02"),
    "adm-usolye": ("3819", "02", "02"),
    "adm-cheremkhovo": ("3820", "02", "02"),
    "adm-tulun": ("3816", "02", "02"),
    "adm-sayansk": ("3814", "02", "02"),
    "adm-zima": ("3814", "02", "02"),
    "adm-irkutsk-district": ("3827", "02", "02"),
    # healthcare institutions
    "iokb": ("3811", "02", "01"),
    "gkb1-irkutsk": ("3808", "02", "01"),
    "gp2-irkutsk": ("3812", "02", "01"),
    "gp11-irkutsk": ("3810", "02", "01"),
    "agb-angarsk": ("3801", "02", "00"),
    "bgb1-bratsk": ("3804", "02", "00"),
    "bgb5-bratsk": ("3805", "02", "00"),
    "bgb5-children-polyclinic": ("3805", "13", "50"),
    "ugp1-ust-ilimsk": ("3817", "02", "02"),
    "shrb-shelekhov": ("3821", "02", "02"),
    "ugb-usolye": ("3819", "02", "02"),
    "cgb1-cheremkhovo": ("3820", "02", "02"),
    "tgb-tulun": ("3816", "02", "02"),
    "sgb-sayansk": ("3814", "02", "02"),
    "sgb-womens-clinic": ("3814", "14", "50"),
    "zgb-zima": ("3814", "02", "02"),
    # schools and kindergartens
    "school19-irkutsk": ("3811", "02", "01"),
    "school64-irkutsk": ("3812", "02", "01"),
    "kindergarten150-irkutsk": ("3810", "02", "01"),
    "school10-angarsk": ("3801", "02", "00"),
    "school12-bratsk": ("3804", "02", "00"),
    # other regional institutions
    "museum-local-history": ("3808", "02", "01"),
    "uszn-irkutsk": ("3808", "11", "50"),
    "avia-forest-base": ("3811", "10", "50"),
    "roads-directorate": ("3808", "02", "01"),
}


def inn_check_digit(first9: str) -> str:
    return str(sum(int(d) * w for d, w in zip(first9, INN_WEIGHTS)) % 11 % 10)


def ogrn_check_digit(first12: str) -> str:
    return str(int(first12) % 11 % 10)


def is_valid_inn(inn: str) -> bool:
    return bool(re.fullmatch(r"\d{10}", inn)) and inn[9] == inn_check_digit(inn[:9])


def is_valid_ogrn(ogrn: str) -> bool:
    return bool(re.fullmatch(r"\d{13}", ogrn)) and ogrn[12] == ogrn_check_digit(ogrn[:12])


def _serial(key: str, salt: str) -> int:
    """A stable 5-digit serial for a key (sha256, so it does not depend on Python's hash seed)."""
    digest = hashlib.sha256(f"otklik-dev:{salt}:{key}".encode("utf-8")).hexdigest()
    return int(digest, 16) % 100000


def generate(key: str, tax_office: str, year: str, ogrn_office: str):
    inn9 = f"{tax_office}{_serial(key, 'inn'):05d}"
    inn = inn9 + inn_check_digit(inn9)
    ogrn12 = f"1{year}38{ogrn_office}{_serial(key, 'ogrn'):05d}"
    ogrn = ogrn12 + ogrn_check_digit(ogrn12)
    return inn, ogrn


def generate_all():
    result = {}
    seen_inn, seen_ogrn = set(), set()
    for key, (tax_office, year, ogrn_office) in ORGANISATIONS.items():
        inn, ogrn = generate(key, tax_office, year, ogrn_office)
        if inn in seen_inn or ogrn in seen_ogrn:
            raise SystemExit(f"collision for {key}: {inn} / {ogrn}; change its key or codes")
        seen_inn.add(inn)
        seen_ogrn.add(ogrn)
        result[key] = (inn, ogrn)
    return result


def verify(path: str) -> int:
    text = open(path, encoding="utf-8").read()
    errors = []
    inns = re.findall(r"'(38\d{8})'", text)
    ogrns = re.findall(r"'(\d{13})'", text)
    for inn in inns:
        if not is_valid_inn(inn):
            errors.append(f"INN {inn}: bad check digit (expected {inn_check_digit(inn[:9])})")
    for ogrn in ogrns:
        if not is_valid_ogrn(ogrn):
            errors.append(f"OGRN {ogrn}: bad check digit (expected {ogrn_check_digit(ogrn[:12])})")
        elif ogrn[0] != "1" or ogrn[3:5] != "38":
            errors.append(f"OGRN {ogrn}: not a legal-entity OGRN of region 38")
    # other quoted 10-digit values must be ESIA oids of the 10000380NN form
    for other in re.findall(r"'(\d{10})'", text):
        if not other.startswith("38") and not other.startswith("10000380"):
            errors.append(f"10-digit value {other}: neither an Irkutsk INN nor a 10000380NN ESIA oid")
    # In the organisation insert every INN and OGRN appears once; a sub-select
    # "where inn = '...'" repeats an INN, so uniqueness is checked per pair.
    pairs = re.findall(r"'(38\d{8})',\s*'(\d{13})'", text)
    for label, values in (("INN", [p[0] for p in pairs]), ("OGRN", [p[1] for p in pairs])):
        dupes = sorted({v for v in values if values.count(v) > 1})
        if dupes:
            errors.append(f"duplicate {label} in organisation rows: {', '.join(dupes)}")
    referenced = set(inns) - {p[0] for p in pairs}
    if referenced:
        errors.append(f"INN referenced but never inserted: {', '.join(sorted(referenced))}")
    generated = generate_all()
    inserted = set(pairs)
    missing = [k for k, v in generated.items() if v not in inserted]
    foreign = inserted - set(generated.values())
    if missing:
        errors.append(f"generated but not in the file (or INN/OGRN not side by side): {', '.join(missing)}")
    if foreign:
        errors.append(f"in the file but not generated here: {sorted(foreign)}")
    for e in errors:
        print("ERROR:", e)
    print(f"{path}: {len(pairs)} organisations, {len(inns)} INN occurrences, "
          f"{len(ogrns)} OGRN occurrences, {len(errors)} error(s)")
    return 1 if errors else 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--verify":
        return verify(argv[2])
    ids = generate_all()
    if len(argv) == 2 and argv[1] == "--sql":
        for key, (inn, ogrn) in ids.items():
            print(f"-- {key:28s} inn '{inn}' ogrn '{ogrn}'")
        return 0
    if len(argv) != 1:
        print(__doc__)
        return 2
    for key, (inn, ogrn) in ids.items():
        assert is_valid_inn(inn) and is_valid_ogrn(ogrn)
        print(f"{key:28s} {inn} {ogrn}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
