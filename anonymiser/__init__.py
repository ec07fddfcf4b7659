"""Pure, broker-free anonymisation code: CV sanitiser, generalisation, k-anonymity,
pseudonymisation and crypto-shredding helpers."""
