"""Sparring topics: open and resolved."""
