"""Reliability harnesses: kill the real app while it types, feed hostile files to every importer."""
