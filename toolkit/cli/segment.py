"""`toolkit segment` (placeholder until the segment stage lands)."""
