#!/usr/bin/env python3
"""Runs the portal's benchmarks against a generated database (docs/performance.md).

Each benchmark is measured next to its floor in the same run, on the same machine and data:

1. reconciliation export over HTTP      vs  COPY (the same rows) TO STDOUT through psql
2. billing run for all partners         vs  COPY of the same invoice lines into empty tables
3. customer list search under wrk load  vs  the lightest signed-in page (same security chain)
4. /v1/customers walk with continuation links (customers/s, p95 per page)
5. footprint: start-up time to healthy, resident memory under benchmark 3

The generated database stays untouched: every run works on a fresh copy of it (CREATE DATABASE ...
TEMPLATE), so runs are comparable. Standard library only; needs java, psql and wrk.
"""

import argparse
import base64
import html
import http.cookiejar
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LUA = ROOT / "scripts" / "bench" / "percentiles.lua"

# what scripts/generate-data creates (perf-tools DataGenerator)
LARGE_ADMIN = "bench-admin@benchlarge.partner.onmschina.cn"
OPERATOR = "bench-operator@21vianet.example"
PASSWORD = "Bench!Passw0rd"
API_CLIENT, API_SECRET = "bench-app", "bench-app-secret"

LICENSE_COLUMNS = (
    "partner_id, customer_id, order_id, billing_subscription_id, subscription_id, offer_id,"
    " durable_offer_id, offer_name, subscription_start_date, subscription_end_date,"
    " charge_start_date, charge_end_date, charge_type, unit_price, quantity, amount,"
    " total_other_discount, subtotal, tax, total_for_customer, currency, customer_name,"
    " mpn_id, reseller_mpn_id, domain_name, subscription_name, subscription_description"
)


BENCHMARKS = ("billing", "export", "search", "api")
WARM_UP_SECONDS = 15
WARM_UP_MAX_ROUNDS = 8
MEASURED_PAIRS = 3


def log(message):
    print(f"[{datetime.now().strftime('%H:%M:%S')}] {message}", flush=True)


class Database:
    def __init__(self, host, port, user, name):
        self.host, self.port, self.user, self.name = host, port, user, name

    def psql(self, *args, database=None, stdout=subprocess.PIPE):
        command = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", self.host,
                   "-p", str(self.port), "-U", self.user, "-d", database or self.name, *args]
        done = subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"psql failed: {done.stderr.strip()}")
        return done.stdout

    def value(self, sql, database=None):
        return self.psql("-At", "-c", sql, database=database).strip()

    def timed(self, *args):
        started = time.perf_counter()
        self.psql(*args, stdout=subprocess.DEVNULL)
        return time.perf_counter() - started

    def jdbc_url(self):
        return f"jdbc:postgresql://{self.host}:{self.port}/{self.name}"


class Portal:
    """A running portal process and an HTTP client with a cookie jar per signed-in user."""

    def __init__(self, jar, db, port, heap, out, jvm_options=()):
        self.base = f"http://127.0.0.1:{port}"
        self.port = port
        self.log_file = open(out / "portal.log", "w")
        self.command = [
            "java", f"-Xmx{heap}", f"-Xms{heap}", *jvm_options, "-jar", str(jar),
            f"--server.port={port}",
            f"--spring.datasource.url={db.jdbc_url()}",
            f"--spring.datasource.username={db.user}",
            "--portal.demo-data.enabled=false",
            "--portal.mail.delivery=log",
            "--portal.node-name=bench",
            "--logging.level.root=WARN",
            "--logging.level.org.springframework.boot.StartupInfoLogger=INFO",
        ]
        self.process = None
        self.started_in = None

    def start(self):
        started = time.perf_counter()
        self.process = subprocess.Popen(self.command, stdout=self.log_file,
                                        stderr=subprocess.STDOUT, cwd=ROOT)
        while True:
            if self.process.poll() is not None:
                raise RuntimeError("the portal exited during start-up; see portal.log")
            try:
                with urllib.request.urlopen(self.base + "/actuator/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            time.sleep(0.1)
        self.started_in = time.perf_counter() - started
        return self.started_in

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log_file.close()

    def memory(self):
        """Resident set size now and at its peak (VmHWM), in MiB."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        fields = dict(re.findall(r"^(Vm\w+):\s+(\d+) kB", status, re.M))
        return int(fields["VmRSS"]) / 1024, int(fields["VmHWM"]) / 1024

    def cpu_seconds(self):
        return process_cpu_seconds(self.process.pid)

    def heap_used(self):
        """(whole heap, old generation) in use now, in MiB."""
        with urllib.request.urlopen(self.base + "/actuator/prometheus", timeout=5) as r:
            text = r.read().decode()
        pools = dict(re.findall(
            r'^jvm_memory_used_bytes\{[^}]*area="heap"[^}]*id="([^"]+)"[^}]*\} (\S+)', text, re.M))
        old = sum(float(v) for k, v in pools.items() if "Old" in k or "Tenured" in k)
        return sum(float(v) for v in pools.values()) / 2**20, old / 2**20

    def collect_garbage(self):
        """A full GC, so the heap in use is what the application still holds."""
        subprocess.run(["jcmd", str(self.process.pid), "GC.run"], capture_output=True, check=True)

    def session(self, login_path, username, password):
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        page = opener.open(self.base + login_path).read().decode()
        form = {"username": username, "password": password, "_csrf": csrf(page)}
        landed = opener.open(self.base + login_path,
                             urllib.parse.urlencode(form).encode())
        if "login" in urllib.parse.urlparse(landed.geturl()).path:
            raise RuntimeError(f"sign-in as {username} failed")
        return Session(self, opener, jar)


class Session:
    def __init__(self, portal, opener, jar):
        self.portal, self.opener, self.jar = portal, opener, jar

    def get(self, path):
        with self.opener.open(self.portal.base + path) as r:
            return r.read().decode()

    def post(self, path, form, csrf_from):
        form = dict(form, _csrf=csrf(self.get(csrf_from)))
        with self.opener.open(self.portal.base + path, urllib.parse.urlencode(form).encode()) as r:
            return r.read().decode()

    def cookie_header(self):
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)


def csrf(page):
    found = re.search(r'name="_csrf"\s+value="([^"]+)"', page) or \
        re.search(r'value="([^"]+)"\s+name="_csrf"', page)
    if not found:
        raise RuntimeError("no CSRF token on the page")
    return html.unescape(found.group(1))


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


# --- 2. billing run -------------------------------------------------------------------------

def bench_billing(db, operator, out):
    """Every partner's latest billing date on or before today (the copy holds no runs yet)."""
    if db.value("select count(*) from billing_run") != "0":
        raise RuntimeError("the database copy already holds billing runs")
    log("billing: enqueue every due partner and wait for the queue to drain")
    started = time.perf_counter()
    operator.post("/operator/billing-runs/queue", {}, "/operator/billing-runs")
    while True:
        waiting, running = db.value(
            "select (select count(*) from billing_work_item),"
            " (select count(*) from billing_run where status = 'RUNNING')").split("|")
        if waiting == "0" and running == "0":
            break
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    completed, failed, subscriptions, largest = db.value(
        "select count(*) filter (where status = 'COMPLETED'), count(*) filter (where status ="
        " 'FAILED'), coalesce(sum(subscription_count), 0), max(subscription_count)"
        " from billing_run").split("|")
    largest_seconds = db.value(
        "select extract(epoch from finished_at - started_at) from billing_run"
        " order by subscription_count desc limit 1")
    counts = {}
    floor = 0.0
    for table in ("invoice", "license_recon_line", "usage_recon_line"):
        file = out / f"floor-{table}.csv"
        db.psql("-c", f"\\copy {table} to '{file}' csv")
        counts[table] = int(db.value(f"select count(*) from {table}"))
        db.psql("-c", f"drop table if exists floor_{table}; "
                      f"create table floor_{table} (like {table} including all)")
        floor += db.timed("-c", f"\\copy floor_{table} from '{file}' csv")
        db.psql("-c", f"drop table floor_{table}")
        file.unlink()
    return {
        "seconds": round(elapsed, 2),
        "partnersCompleted": int(completed),
        "partnersFailed": int(failed),
        "subscriptionsRated": int(subscriptions),
        "subscriptionsPerSecond": round(int(subscriptions) / elapsed, 1),
        "largestPartnerSubscriptions": int(largest),
        "largestPartnerSeconds": round(float(largest_seconds), 2),
        "rowsWritten": counts,
        "floorCopySeconds": round(floor, 2),
        "ratio": round(elapsed / floor, 2),
    }


# --- 1. reconciliation export -----------------------------------------------------------------

class HeapSampler:
    """(whole heap, old generation) in MiB every 100 ms while a download runs, read by jstat from
    the JVM's shared performance counters: unlike a scrape of /actuator/prometheus, reading them
    costs the portal nothing (ten scrapes a second made the export 5-10% slower, seventh round)."""

    def __init__(self, portal):
        self.process = subprocess.Popen(["jstat", "-gc", str(portal.process.pid), "100"],
                                        stdout=subprocess.PIPE, text=True)

    def stop(self):
        self.process.terminate()
        output = self.process.communicate()[0].splitlines()
        columns = output[0].split()
        samples = []
        for line in output[1:]:
            values = dict(zip(columns, (float(v) for v in line.split())))
            if len(values) == len(columns):
                used_kib = values["S0U"] + values["S1U"] + values["EU"] + values["OU"]
                samples.append((used_kib / 1024, values["OU"] / 1024))
        if not samples:
            raise RuntimeError("jstat reported no heap samples")
        return samples


def bench_export(db, portal, admin, anchor, runs=3):
    partner_id, invoice_id, lines = db.value(
        "select i.partner_id, i.id, (select count(*) from license_recon_line l"
        "  where l.invoice_id = i.id) from invoice i join partner p on p.id = i.partner_id"
        f" where i.invoice_date = '{anchor}' order by 3 desc limit 1").split("|")
    floor_sql = (f"COPY (select {LICENSE_COLUMNS} from license_recon_line where partner_id ="
                 f" '{partner_id}' and invoice_id = '{invoice_id}' order by line_number)"
                 " TO STDOUT WITH CSV HEADER")
    floors, exports, heaps, size = [], [], [], 0
    for _ in range(runs):
        floors.append(db.timed("-c", floor_sql))
        portal.collect_garbage()
        baseline = portal.heap_used()
        sampler = HeapSampler(portal)
        started = time.perf_counter()
        size, rows = 0, 0
        with admin.opener.open(f"{portal.base}/billing/invoices/{invoice_id}/license.csv") as r:
            while chunk := r.read(1 << 20):
                size += len(chunk)
                rows += chunk.count(b"\n")
        exports.append(time.perf_counter() - started)
        if rows < int(lines) + 1:  # a file cut short is a failure, not a fast export
            raise RuntimeError(f"the license file had {rows} rows, not {int(lines) + 1}")
        samples = sampler.stop()
        portal.collect_garbage()
        after = portal.heap_used()
        # young-generation garbage comes and goes; what the export holds on to would show in the
        # old generation and in the heap after a full GC
        heaps.append({"liveBeforeMiB": round(baseline[0], 1),
                      "liveAfterMiB": round(after[0], 1),
                      "oldGenPeakMiB": round(max(old for _, old in samples), 1),
                      "heapPeakMiB": round(max(whole for whole, _ in samples), 1)})
    export, floor = statistics.median(exports), statistics.median(floors)
    return {
        "invoice": invoice_id,
        "lines": int(lines),
        "fileMiB": round(size / 2**20, 1),
        "exportSeconds": [round(s, 3) for s in exports],
        "copySeconds": [round(s, 3) for s in floors],
        "ratio": round(export / floor, 2),
        "heap": heaps,
    }


# --- 3. customer list search under load ---------------------------------------------------------

def wrk(url, cookies, connections, seconds, portal=None, sample_memory=False):
    """One wrk run. With the portal: CPU milliseconds per request of the portal and of PostgreSQL
    (all of the server's processes), which move far less from run to run than throughput does on
    a shared two-core machine, and with sample_memory its resident memory each second."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
               "-s", str(LUA), url]
    rss = []
    cpu_before = (portal.cpu_seconds(), postgres_cpu_seconds()) if portal else None
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True,
                               env=dict(os.environ, WRK_COOKIES=str(cookies)))
    while process.poll() is None:
        if sample_memory:
            rss.append(portal.memory()[0])
        time.sleep(1)
    output = process.stdout.read()
    result = json.loads([line for line in output.splitlines() if line.startswith("{")][-1])
    if cpu_before and result["requests"]:
        per_request = 1000 / result["requests"]
        result["javaCpuMsPerRequest"] = round(
            (portal.cpu_seconds() - cpu_before[0]) * per_request, 3)
        result["postgresCpuMsPerRequest"] = round(
            (postgres_cpu_seconds() - cpu_before[1]) * per_request, 3)
    if rss:
        result["rssMeanMiB"] = round(statistics.mean(rss), 1)
        result["rssMaxMiB"] = round(max(rss), 1)
    return result


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def process_cpu_seconds(pid):
    """User and system CPU time of a process so far (0 for one that is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime


def postgres_cpu_seconds():
    """CPU time so far of every PostgreSQL process on this machine (the pool's backends live as
    long as the portal, so a run's difference is the database's share of the work)."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == "postgres":
                    total += process_cpu_seconds(entry.name)
            except OSError:
                pass
    return total


def bench_search(portal, admin, users, term, connections, seconds, out):
    search = f"/customers?q={urllib.parse.quote(term)}"
    floor = "/develop"
    page = admin.get(search)
    shown = len(re.findall(r'href="/customers/[0-9a-f-]{36}"', page))
    if shown == 0:
        raise RuntimeError(f"the search for {term!r} shows no customers")
    for path, content in ((search, page), (floor, admin.get(floor))):
        if 'action="/logout"' not in content:
            raise RuntimeError(f"{path} did not render for the signed-in user")
    # one session per connection, as with that many people signed in
    cookie = out / "sessions.txt"
    cookie.write_text("\n".join(u.cookie_header() for u in users) + "\n")
    log(f"search: warm-up, then {connections} connections for {seconds}s on each page,"
        f" over {len(users)} sessions")
    # warm-up: both pages in turn until neither's throughput moves by more than 5% from one round
    # to the next, so the JIT has compiled both paths before anything is measured (a fixed 15 s
    # left both pages a third below their steady rate, see docs/performance.md)
    previous = None
    for round_ in range(1, WARM_UP_MAX_ROUNDS + 1):
        rates = [wrk(portal.base + path, cookie, connections, WARM_UP_SECONDS)["rps"]
                 for path in (search, floor)]
        log(f"search: warm-up round {round_}: {rates[0]:.0f} and {rates[1]:.0f} req/s")
        if previous and all(abs(r - p) <= 0.05 * p for r, p in zip(rates, previous)):
            break
        previous = rates
    # measured in pairs, floor then search, and the medians reported: on two cores shared with
    # PostgreSQL and wrk a single 30 s run of one page moves by 10% from one run to the next
    floors, searches = [], []
    for pair in range(1, MEASURED_PAIRS + 1):
        floors.append(wrk(portal.base + floor, cookie, connections, seconds, portal))
        searches.append(wrk(portal.base + search, cookie, connections, seconds, portal,
                            sample_memory=True))
        log(f"search: pair {pair}: search {searches[-1]['rps']:.0f} req/s,"
            f" p95 {searches[-1]['p95'] / 1000:.1f} ms, {cpu_per_request(searches[-1])} ms CPU;"
            f" floor {floors[-1]['rps']:.0f} req/s, {cpu_per_request(floors[-1])} ms CPU")
    floor_result, search_result = median_run(floors), median_run(searches)
    return {
        "term": term,
        "customersOnFirstPage": shown,
        "search": search_result,
        "floor": floor_result,
        "throughputShare": round(search_result["rps"] / floor_result["rps"], 3),
        "searchP95Ms": round(statistics.median(r["p95"] for r in searches) / 1000, 1),
        "pairs": [{"searchRps": s["rps"], "searchP95Ms": round(s["p95"] / 1000, 1),
                   "floorRps": f["rps"], "floorP95Ms": round(f["p95"] / 1000, 1),
                   "share": round(s["rps"] / f["rps"], 3),
                   "searchCpuMs": cpu_per_request(s), "floorCpuMs": cpu_per_request(f)}
                  for s, f in zip(searches, floors)],
        # what each page costs the machine, the medians over the pairs: the floor's share of the
        # search's cost is the throughput share the two cores would give without the noise
        "cpuMsPerRequest": {name: {part: round(statistics.median(r[key] for r in runs), 3)
                                   for part, key in (("java", "javaCpuMsPerRequest"),
                                                     ("postgres", "postgresCpuMsPerRequest"))}
                            for name, runs in (("search", searches), ("floor", floors))},
        "cpuShare": round(statistics.median(cpu_per_request(f) for f in floors)
                          / statistics.median(cpu_per_request(s) for s in searches), 3),
        "listPagesP50Ms": list_pages_one_at_a_time(admin),
    }


def cpu_per_request(run):
    """The portal's and PostgreSQL's CPU milliseconds for one request of a run."""
    return round(run["javaCpuMsPerRequest"] + run["postgresCpuMsPerRequest"], 3)


def median_run(runs):
    """The run with the median throughput (of an odd number of runs), with all its percentiles."""
    return sorted(runs, key=lambda r: r["rps"])[len(runs) // 2]


def list_pages_one_at_a_time(admin, requests=20):
    """Median time of single requests: the whole list in each order, a deep page, a common term."""
    timings = {}
    for name, path in (("companyName", "/customers"), ("domain", "/customers?sort=domain"),
                       ("relationshipSince", "/customers?sort=relationshipSince"),
                       ("companyNamePage2000", "/customers?page=2000"),
                       ("commonTwoCharacterTerm", "/customers?q=" + urllib.parse.quote("科技"))):
        seconds = []
        for _ in range(requests):
            started = time.perf_counter()
            admin.get(path)
            seconds.append(time.perf_counter() - started)
        timings[name] = round(statistics.median(seconds) * 1000, 1)
    return timings


# --- 4. API paging ------------------------------------------------------------------------------

def bench_api_paging(portal, size):
    token_request = urllib.request.Request(
        portal.base + "/oauth2/token",
        data=urllib.parse.urlencode({"grant_type": "client_credentials"}).encode(),
        headers={"Authorization": "Basic " + base64.b64encode(
            f"{API_CLIENT}:{API_SECRET}".encode()).decode()})
    with urllib.request.urlopen(token_request) as r:
        token = json.load(r)["access_token"]
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    # links are relative to the API's root (contract section 7)
    uri, extra = f"customers?size={size}", {}
    latencies, seen, total = [], set(), None
    started = time.perf_counter()
    while uri:
        request = urllib.request.Request(portal.base + "/v1/" + uri,
                                         headers=dict(headers, **extra))
        sent = time.perf_counter()
        with urllib.request.urlopen(request) as r:
            body = json.load(r)
        latencies.append(time.perf_counter() - sent)
        total = body["totalCount"] if total is None else total
        seen.update(item["id"] for item in body["items"])
        following = body.get("links", {}).get("next")
        uri = following["uri"] if following else None
        extra = {h["key"]: h["value"] for h in following.get("headers", [])} if following else {}
    elapsed = time.perf_counter() - started
    return {
        "pageSize": size,
        "pages": len(latencies),
        "customers": len(seen),
        "totalCount": total,
        "seconds": round(elapsed, 2),
        "customersPerSecond": round(len(seen) / elapsed, 1),
        "pageP50Ms": round(percentile(latencies, 50) * 1000, 1),
        "pageP95Ms": round(percentile(latencies, 95) * 1000, 1),
        "pageMaxMs": round(max(latencies) * 1000, 1),
        "firstPageMs": round(latencies[0] * 1000, 1),
        "lastPageMs": round(latencies[-1] * 1000, 1),
    }


# --- report -------------------------------------------------------------------------------------

def latency_svg(search, floor, path,
                title="Customer search vs lightest page under wrk (latency, ms)",
                labels=("/customers?q=…", "/develop (floor)")):
    """Latency percentiles of two wrk runs as grouped bars (a small SVG, no plotting library):
    by default benchmark 3's search and floor."""
    keys = ["p50", "p75", "p90", "p95", "p99"]
    width, height, left, bottom = 640, 320, 60, 40
    top = max(series[k] for series in (search, floor) for k in keys) / 1000 * 1.15
    bar = (width - left - 20) / len(keys) / 3
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"'
             ' font-family="sans-serif" font-size="12">',
             f'<text x="{width / 2}" y="16" text-anchor="middle">{title}</text>']
    for i in range(6):
        value = top * i / 5
        y = height - bottom - (height - bottom - 30) * i / 5
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}"'
                     ' stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{value:.0f}</text>')
    for i, key in enumerate(keys):
        x = left + i * bar * 3 + bar / 2
        for j, (series, colour) in enumerate(((search, "#0d6efd"), (floor, "#adb5bd"))):
            value = series[key] / 1000
            h = (height - bottom - 30) * value / top
            parts.append(f'<rect x="{x + j * bar:.1f}" y="{height - bottom - h:.1f}"'
                         f' width="{bar - 2:.1f}" height="{h:.1f}" fill="{colour}"/>')
            parts.append(f'<text x="{x + j * bar + bar / 2:.1f}" y="{height - bottom - h - 3:.1f}"'
                         f' text-anchor="middle" font-size="10">{value:.1f}</text>')
        parts.append(f'<text x="{x + bar:.1f}" y="{height - bottom + 16}"'
                     f' text-anchor="middle">{key}</text>')
    parts.append(f'<rect x="{width - 200}" y="28" width="12" height="12" fill="#0d6efd"/>'
                 f'<text x="{width - 182}" y="38">{labels[0]}</text>'
                 f'<rect x="{width - 200}" y="46" width="12" height="12" fill="#adb5bd"/>'
                 f'<text x="{width - 182}" y="56">{labels[1]}</text></svg>')
    path.write_text("\n".join(parts))


def machine():
    cpu = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
    memory = re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    return {
        "cpu": cpu.group(1) if cpu else "unknown",
        "cores": os.cpu_count(),
        "memoryGiB": round(int(memory.group(1)) / 2**20, 1),
        "java": java.splitlines()[0] if java else "unknown",
        "postgres": subprocess.run(["psql", "--version"], capture_output=True,
                                   text=True).stdout.strip(),
    }


def main():
    # a stopped benchmark still stops its portal (the finally below)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped"))
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", default="portal_bench",
                        help="the generated database (left untouched)")
    parser.add_argument("--work-database", default="portal_bench_run",
                        help="the copy the benchmarks run on (dropped and recreated)")
    parser.add_argument("--db-host", default="127.0.0.1")
    parser.add_argument("--db-port", type=int, default=5432)
    parser.add_argument("--db-user", default="postgres")
    parser.add_argument("--port", type=int, default=8095)
    parser.add_argument("--heap", default="2g", help="the portal's -Xmx (and -Xms)")
    parser.add_argument("--anchor", default="2026-11-01", help="the invoice date to bill")
    parser.add_argument("--term", default="northwind", help="the customer search term")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--api-page-size", type=int, default=500)
    parser.add_argument("--out", default=str(ROOT / "target" / "bench"))
    parser.add_argument("--only", action="append", choices=BENCHMARKS,
                        help="run only this benchmark (repeatable; export needs billing)")
    parser.add_argument("--jvm-option", action="append", default=[],
                        help="an extra option for the portal's JVM (repeatable), e.g."
                             " -XX:StartFlightRecording=filename=billing.jfr")
    args = parser.parse_args()
    only = set(args.only or BENCHMARKS)
    if "export" in only and "billing" not in only:
        parser.error("the export benchmark reads the invoice the billing benchmark writes")

    for tool in ("java", "jstat", "psql", "wrk"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing (apt-get install -y wrk postgresql-client)")
    jars = sorted((ROOT / "partner-portal-web" / "target").glob("partner-portal*.jar"))
    jars = [j for j in jars if not j.name.endswith(("-sources.jar", "-tests.jar"))]
    if not jars:
        sys.exit("build the portal first: ./mvnw -q package -DskipTests -pl partner-portal-web -am")
    out = Path(args.out) / datetime.now().strftime("%Y%m%d-%H%M%S")
    out.mkdir(parents=True)

    source = Database(args.db_host, args.db_port, args.db_user, args.database)
    if source.value("select count(*) from pg_database where datname = current_database()") != "1":
        sys.exit(f"database {args.database} not found: run scripts/generate-data first")
    log(f"copying {args.database} to {args.work_database}")
    source.psql("-c", f"drop database if exists {args.work_database} with (force)", database="postgres")
    source.psql("-c", f"create database {args.work_database} template {args.database}",
                database="postgres")
    db = Database(args.db_host, args.db_port, args.db_user, args.work_database)
    db.psql("-c", "vacuum analyze")
    sizes = db.value("select json_object_agg(t, n) from (select 'partners' t, count(*) n from"
                     " partner union all select 'customers', count(*) from customer union all"
                     " select 'subscriptions', count(*) from subscription union all select"
                     " 'subscriptionEvents', count(*) from subscription_event union all select"
                     " 'usageRecords', count(*) from usage_record) counts")

    results = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
               "machine": machine(), "data": json.loads(sizes),
               "command": " ".join(sys.argv)}
    portal = Portal(jars[-1], db, args.port, args.heap, out, args.jvm_option)
    try:
        log("footprint: starting the portal")
        started_in = portal.start()
        rss, _ = portal.memory()
        results["footprint"] = {"startSecondsToHealthy": round(started_in, 2),
                                "heap": args.heap, "rssIdleMiB": round(rss, 1)}
        operator = portal.session("/operator/login", OPERATOR, PASSWORD)
        admin = portal.session("/login", LARGE_ADMIN, PASSWORD)

        if "billing" in only:
            results["billing"] = bench_billing(db, operator, out)
            log(f"billing: {results['billing']}")
        if "export" in only:
            results["export"] = bench_export(db, portal, admin, args.anchor)
            log(f"export: {results['export']}")
        if "search" in only:
            users = [portal.session("/login", LARGE_ADMIN, PASSWORD)
                     for _ in range(args.connections)]
            results["search"] = bench_search(portal, admin, users, args.term, args.connections,
                                             args.seconds, out)
            log(f"search: {results['search']}")
            rss, peak = portal.memory()
            results["footprint"].update(
                rssAfterLoadMiB=round(rss, 1), rssPeakMiB=round(peak, 1),
                rssUnderSearchMeanMiB=results["search"]["search"]["rssMeanMiB"])
        if "api" in only:
            results["apiPaging"] = bench_api_paging(portal, args.api_page_size)
            log(f"api paging: {results['apiPaging']}")
    finally:
        portal.stop()

    (out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    if "search" in results:
        latency_svg(results["search"]["search"], results["search"]["floor"], out / "latency.svg")
    log(f"results: {out / 'results.json'}")


if __name__ == "__main__":
    main()
