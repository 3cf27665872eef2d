"""Pure domain model: entities, validation, catalogues and aggregations (no Qt, no SQL)."""
