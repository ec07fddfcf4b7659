"""Publish a talentguard event as plain JSON: no Avro library, no talentguard code.

Usage: python produce_json.py BOOTSTRAP CANDIDATE_ID   (needs only kafka-python)
"""

import json
import sys
import uuid
from datetime import datetime, timezone

from kafka import KafkaProducer

bootstrap, candidate_id = sys.argv[1], sys.argv[2]
producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
event = {
    "type": "ConsentGranted",                      # the record name
    "event_id": str(uuid.uuid4()),                 # required on the wire: your id, reused on retry
    "occurred_at": datetime.now(timezone.utc).isoformat(),  # ISO-8601 (or epoch milliseconds)
    "source": "json-example",
    "candidate_id": candidate_id,
    "purpose": "share_with_client",
    "client_id": "acme",
    "proof": "web form v3",
}
producer.send("candidate-events", key=candidate_id.encode(), value=json.dumps(event).encode("utf-8"),
              headers=[("content-type", b"application/json")])
producer.flush()
producer.close()
print(f"sent ConsentGranted (JSON) {event['event_id']}")
