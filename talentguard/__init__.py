"""talentguard: make a recruitment platform's privacy promises true for every event.

Core package: configuration, the error tree, policy presets, pure domain rules and the CLI.
The stream processors live in ``streams``, the anonymisation code in ``anonymiser``,
the aggregate sinks in ``sinks`` and the Avro contract in ``schemas``.
"""

__all__ = ["__version__"]
__version__ = "0.1.0"
