"""Kafka-facing code: the Faust app and its processors, publish/consume helpers, topics,
the embedded broker, lag tooling and the Redis state stores the processors use."""
