"""Output formats: each turns engine results into text; none decides anything."""
