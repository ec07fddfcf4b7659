"""Presidio recognizers for the CV sanitiser: one module per family."""
