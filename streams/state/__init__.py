"""Pipeline state in Redis (shared with platform services), plus in-memory fakes.

Every store takes a ``redis.asyncio.Redis`` client and a ``KeySpace``; every Redis failure
surfaces as ``StateUnavailable`` so callers fail closed.
"""
