"""psycopg 3 clients behind pgbouncer in transaction pooling mode.

python3 load.py HOST PORT DBNAME USER OUT CLIENTS TRANSACTIONS STALE

CLIENTS threads, each with its own connection through the pooler, each
running TRANSACTIONS transactions that set their own actor with SET LOCAL
(or set_config(..., true)) and insert an entry; STALE more threads set a
session-level actor in one transaction and insert in the next, which the
extension must refuse (SV106) or, where the pooler gives them a server
connection with no actor left on it, stamp with the login.  Each attempt is
written to OUT as "token,actor it must be stamped with,outcome" (outcome:
committed, or the SQLSTATE it was refused with), for test/clients.sh to
check against the table.  Then what drivers send: a timescale as a binary
(text-typed) parameter, and a refusal's table as the driver exposes it.
"""
import csv
import sys
import threading
import datetime

import psycopg

host, port, dbname, user, out, clients, transactions, stale = sys.argv[1:9]
clients, transactions, stale = int(clients), int(transactions), int(stale)
# pgbouncer 1.18 keeps no prepared statements across server connections:
# psycopg must not prepare (prepare_threshold=None)
conninfo = dict(host=host, port=port, dbname=dbname, user=user, prepare_threshold=None)
rows = []
lock = threading.Lock()


def record(token, actor, outcome):
    with lock:
        rows.append((token, actor, outcome))


def honest(k):
    with psycopg.connect(**conninfo) as conn:
        for j in range(transactions):
            token, actor = f"py-{k}-{j}", f"worker.{k}.{j % 7}"
            try:
                with conn.transaction():
                    if j % 2:
                        conn.execute("SET LOCAL supervision.actor = '%s'" % actor)
                    else:
                        conn.execute("SELECT set_config('supervision.actor', %s, true)", (actor,))
                    conn.execute("INSERT INTO client_entry (token, body) VALUES (%s, 'psycopg')", (token,))
                record(token, actor, "committed")
            except psycopg.Error as e:
                record(token, actor, e.sqlstate or "none")


def intruder(k):
    with psycopg.connect(**conninfo, autocommit=True) as conn:
        for j in range(transactions // 5):
            token = f"stale-{k}-{j}"
            conn.execute("SET supervision.actor = 'intruder.%d'" % k)
            try:
                conn.execute("INSERT INTO client_entry (token, body) VALUES (%s, 'stale actor')", (token,))
                record(token, user, "committed")
            except psycopg.Error as e:
                record(token, user, e.sqlstate or "none")


threads = [threading.Thread(target=honest, args=(k,)) for k in range(clients)]
threads += [threading.Thread(target=intruder, args=(k,)) for k in range(stale)]
for t in threads:
    t.start()
for t in threads:
    t.join()
with open(out, "w", newline="") as f:
    csv.writer(f).writerows(rows)

# what drivers send: %b makes psycopg send a binary parameter, typed text
with psycopg.connect(**conninfo, autocommit=True) as conn:
    due = conn.execute("SELECT supervision.due_date(%s::date, %b)", ("2026-12-23", "5 WD")).fetchone()[0]
    # 5 working days after Wed 23 Dec 2026: Thu 24, Tue 29, Wed 30, Thu 31 Dec, Mon 4 Jan
    print("psycopg: due_date with a binary text parameter:", due, "ok" if due == datetime.date(2027, 1, 4) else "WRONG")
    conn.execute("SET supervision.actor = 'intruder.x'")
    try:
        conn.execute("INSERT INTO client_entry (token, body) VALUES ('diag', 'stale')")
        print("psycopg: a stale actor was not refused WRONG")
    except psycopg.Error as e:
        d = e.diag
        ok = e.sqlstate == "SV106" and d.table_name == "client_entry" and d.schema_name == "public" and d.message_hint
        print("psycopg: refusal %s (%s) on %s.%s, hint given: %s" % (e.sqlstate, type(e).__name__, d.schema_name, d.table_name,
                                                           "ok" if ok else "WRONG"))
