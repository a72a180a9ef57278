"""bench/run.sh: the statements one request sent, from PostgreSQL's csvlog, as a pgbench script.

    python3 capture.py LOG OFFSET OUT

Reads the csvlog from byte OFFSET (where it ended before the request), keeps what the application's connections
executed (not psql's), puts each statement's logged parameters in place of $n as literals, and writes them in the
order they ran. A transaction is replayed as it ran but rolled back at its end, so that a write (an appeal filed, a
ballot cast) can be replayed again and again and every run starts from the same data."""
import csv
import re
import sys

log, offset, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
MESSAGE, DETAIL, APPLICATION = 13, 14, 22
EXECUTED = re.compile(r"^duration: [0-9.]+ ms  (?:execute [^:]*|statement): (.*)$", re.S)
PARAMETER = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')", re.S)

statements = []
with open(log, newline="", encoding="utf-8") as f:
    f.seek(offset)
    for row in csv.reader(f):
        if len(row) <= APPLICATION or row[APPLICATION] == "psql":
            continue
        executed = EXECUTED.match(row[MESSAGE])
        if not executed:
            continue
        sql = executed.group(1).strip().rstrip(";").strip()
        if not sql:
            continue
        values = dict(PARAMETER.findall(row[DETAIL] or ""))
        sql = re.sub(r"\$(\d+)\b", lambda m: values.get(m.group(1), m.group(0)), sql)
        if sql.upper() == "COMMIT":
            sql = "ROLLBACK"
        statements.append(sql)

with open(out, "w", encoding="utf-8") as f:
    for sql in statements:
        # pgbench reads a statement up to a semicolon at a line's end
        f.write(sql + ";\n")
print(len(statements))
