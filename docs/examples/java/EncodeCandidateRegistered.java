// Encode a talentguard event in Java with Avro's BinaryMessageEncoder: the single-object
// encoding the pipeline reads (C3 01, the CRC-64-AVRO fingerprint little-endian, the body).
// Usage: java -cp "$CP" EncodeCandidateRegistered.java SCHEMA_DIR CANDIDATE_ID OUT_FILE
//   CP: avro.jar, jackson-core-asl.jar, jackson-mapper-asl.jar, slf4j-api.jar (Debian: libavro-java)
// Send the bytes as one message keyed by the candidate id; in a service, with kafka-clients
// (StringSerializer keys, ByteArraySerializer values, acks=all; see docs/integration.md):
//   producer.send(new ProducerRecord<>("candidate-events", candidateId, bytes)).get();
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;

public class EncodeCandidateRegistered {
    public static void main(String[] args) throws Exception {
        String schemaDir = args[0], candidateId = args[1], outFile = args[2];
        Schema schema = new Schema.Parser().parse(new File(schemaDir, "CandidateRegistered.avsc"));

        GenericRecord event = new GenericData.Record(schema);
        event.put("event_id", UUID.randomUUID().toString());      // your id; reuse it on retry
        event.put("occurred_at", Instant.now().toEpochMilli());   // timestamp-millis
        event.put("source", "java-example");
        event.put("candidate_id", candidateId);
        event.put("email", "ada@example.org");
        event.put("first_name", "Ada");
        event.put("last_name", "Lovelace");
        event.put("locale", new GenericData.EnumSymbol(schema.getField("locale").schema(), "en"));

        BinaryMessageEncoder<GenericRecord> encoder = new BinaryMessageEncoder<>(GenericData.get(), schema);
        ByteBuffer body = encoder.encode(event);
        byte[] bytes = new byte[body.remaining()];
        body.get(bytes);
        Files.write(Paths.get(outFile), bytes);
        System.out.println("encoded CandidateRegistered " + event.get("event_id") + " (" + bytes.length + " bytes)");
    }
}
