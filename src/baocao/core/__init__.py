"""Shared pieces every layer may use (layer 0): they import nothing from the rest of baocao."""
