"""Pure rules of the reception desk: no Qt, no database, no I/O."""
