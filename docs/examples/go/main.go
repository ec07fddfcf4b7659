// Publish a talentguard event from Go: the Avro body from goavro, behind the single-object
// header (C3 01, then the schema's CRC-64-AVRO fingerprint little-endian), sent with
// sarama (Version >= 0.11 so that it writes record batches).
// Usage: go run main.go BOOTSTRAP CANDIDATE_ID SCHEMA_DIR
//
// Why the fingerprint is a constant from docs/events.md instead of goavro's
// SingleFromNative: goavro 2.10 (Debian's) builds a wrong parsing canonical form for
// logical types ({"type":"long"} instead of "long") and namespaced enums, so its
// fingerprint matches no schema. Newer goavro releases fix it; the constant always works.
// Written against the Debian packages golang-github-linkedin-goavro-dev and
// golang-github-shopify-sarama-dev (GOPATH mode: GO111MODULE=off GOPATH=/usr/share/gocode).
// With Go modules: github.com/linkedin/goavro/v2 and github.com/IBM/sarama.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/Shopify/sarama"
	"github.com/linkedin/goavro"
)

func newID() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		log.Fatal(err)
	}
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

func main() {
	bootstrap, candidateID, schemaDir := os.Args[1], os.Args[2], os.Args[3]
	text, err := os.ReadFile(filepath.Join(schemaDir, "CandidateRegistered.avsc"))
	if err != nil {
		log.Fatal(err)
	}
	codec, err := goavro.NewCodec(string(text))
	if err != nil {
		log.Fatal(err)
	}
	eventID := newID() // your id; reuse it when you retry
	event := map[string]interface{}{
		"event_id":     eventID,
		"occurred_at":  time.Now().UTC(), // timestamp-millis
		"source":       goavro.Union("string", "go-example"),
		"candidate_id": candidateID,
		"email":        "ada@example.org",
		"first_name":   "Ada",
		"last_name":    "Lovelace",
		"phone":        nil,
		"city":         goavro.Union("string", "Lyon"),
		"region":       nil,
		"country":      nil,
		"locale":       "en",
	}
	// docs/events.md, "CandidateRegistered": fingerprint as on the wire
	header, err := hex.DecodeString("c301" + "6a8830e7e4bf24fd")
	if err != nil {
		log.Fatal(err)
	}
	value, err := codec.BinaryFromNative(header, event)
	if err != nil {
		log.Fatalf("encode: %v", err)
	}
	config := sarama.NewConfig()
	config.Version = sarama.V2_0_0_0 // record batches (message format v2)
	config.Producer.RequiredAcks = sarama.WaitForAll
	config.Producer.Return.Successes = true
	config.Producer.Partitioner = sarama.NewHashPartitioner
	producer, err := sarama.NewSyncProducer([]string{bootstrap}, config)
	if err != nil {
		log.Fatalf("connect: %v", err)
	}
	defer producer.Close()
	// key = candidate_id (UTF-8): a candidate's events stay in order on one partition
	_, _, err = producer.SendMessage(&sarama.ProducerMessage{Topic: "candidate-events",
		Key: sarama.StringEncoder(candidateID), Value: sarama.ByteEncoder(value)})
	if err != nil {
		log.Fatalf("send: %v", err)
	}
	fmt.Printf("sent CandidateRegistered (Avro) %s\n", eventID)
}
