// Publish talentguard events from Node.js: Avro single-object encoding (avsc) and plain JSON.
// Usage: node produce.js BOOTSTRAP CANDIDATE_ID [SCHEMA_DIR]
//   npm install            (avsc + kafkajs, from package.json)
//   node produce.js 127.0.0.1:19092 c-42 ../../../schemas
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const avro = require('avsc');
const { Kafka, logLevel } = require('kafkajs');

const [bootstrap = '127.0.0.1:19092', candidateId = 'c-42',
  schemaDir = path.join(__dirname, '..', '..', '..', 'schemas')] = process.argv.slice(2);

// CRC-64-AVRO (the Avro spec's "Rabin" fingerprint) of the schema's parsing canonical form.
const EMPTY = 0xc15d213aa4d7a795n;
const TABLE = Array.from({ length: 256 }, (_, i) => {
  let fp = BigInt(i);
  for (let j = 0; j < 8; j++) fp = (fp >> 1n) ^ (EMPTY & -(fp & 1n));
  return fp & 0xffffffffffffffffn;
});
function crc64avro(text) {
  let fp = EMPTY;
  for (const byte of Buffer.from(text, 'utf8')) fp = (fp >> 8n) ^ TABLE[Number((fp ^ BigInt(byte)) & 0xffn)];
  return fp;
}

function loadType(record) {
  const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, `${record}.avsc`), 'utf8'));
  const type = avro.Type.forSchema(schema);
  const canonical = JSON.stringify(type.getSchema()); // avsc's getSchema() is the parsing canonical form
  const fingerprint = Buffer.alloc(8);
  fingerprint.writeBigUInt64LE(crc64avro(canonical)); // little-endian, as the spec says
  return { type, fingerprint };
}

// Single-object encoding: C3 01, the 8-byte fingerprint, then the Avro binary body.
function encode({ type, fingerprint }, event) {
  return Buffer.concat([Buffer.from([0xc3, 0x01]), fingerprint, type.toBuffer(event)]);
}

async function main() {
  const kafka = new Kafka({ clientId: 'node-example', brokers: [bootstrap], logLevel: logLevel.ERROR });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const registered = {
    event_id: crypto.randomUUID(), // send your own ids: a retry with the same id is deduplicated
    occurred_at: Date.now(), // timestamp-millis
    source: 'node-example',
    candidate_id: candidateId,
    email: 'ada@example.org', first_name: 'Ada', last_name: 'Lovelace',
    phone: null, city: 'Lyon', region: null, country: 'FR',
    locale: 'en',
  };
  const type = loadType('CandidateRegistered');
  await producer.send({
    topic: 'candidate-events', acks: -1,
    messages: [{ key: candidateId, value: encode(type, registered) }],
  });
  // Plain JSON needs no Avro library: same field names, "type" = the record name.
  const request = {
    type: 'ProfileShareRequested', event_id: crypto.randomUUID(),
    occurred_at: new Date().toISOString(), source: 'node-example',
    request_id: `r-${candidateId}`, client_id: 'acme', candidate_id: candidateId,
  };
  await producer.send({
    topic: 'client-events', acks: -1,
    messages: [{ key: 'acme', value: JSON.stringify(request), headers: { 'content-type': 'application/json' } }],
  });
  await producer.disconnect();
  console.log(`sent CandidateRegistered (Avro) ${registered.event_id} and ProfileShareRequested (JSON) ${request.event_id}`);
}

main().catch((err) => { console.error(`error: ${err.message}`); process.exit(1); });
